package dev.refsync.hubspot.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.sandbox.hubspot.SeedResult;
import dev.refsync.sandbox.hubspot.SeedSpec;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Associations v4 batch create and read. */
class HubSpotClientAssociationsIT {
  /** HubSpot's default deal→contact type id (HUBSPOT_DEFINED 3). */
  private static final AssociationType DEAL_TO_CONTACT = AssociationType.of("HUBSPOT_DEFINED", 3);

  private final EmulatorHarness harness = EmulatorHarness.start();
  private final HubSpotClient client = harness.client();

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void createdAssociationsAreReadBackPerRecordWithTypesAndLabels() {
    SeedResult seeded = harness.hubspot.seed(new SeedSpec(7L, 1, 3, 1));
    String deal = seeded.dealIds().get(0);
    List<AssociationInput> inputs =
        seeded.contactIds().stream()
            .map(contact -> new AssociationInput(deal, contact, List.of(DEAL_TO_CONTACT)))
            .toList();

    BatchResult<CreatedAssociation> created =
        client.batchCreateAssociations("deals", "contacts", inputs);
    BatchResult<Associations> read =
        client.batchReadAssociations("deals", "contacts", List.of(deal));

    assertThat(created.errors()).isEmpty();
    assertThat(created.results())
        .extracting(CreatedAssociation::toObjectId)
        .containsExactlyInAnyOrderElementsOf(seeded.contactIds());
    assertThat(read.results())
        .singleElement()
        .satisfies(a -> assertThat(a.fromId()).isEqualTo(deal));
    List<AssociatedObject> to = read.results().get(0).to();
    assertThat(to)
        .extracting(AssociatedObject::toObjectId)
        .containsExactlyInAnyOrderElementsOf(seeded.contactIds());
    assertThat(to)
        .allSatisfy(o -> assertThat(o.types()).extracting(AssociationType::typeId).contains(3));
    // The seeder labels one or two contacts of each deal (Referrer / Decision maker).
    assertThat(to)
        .flatExtracting(AssociatedObject::types)
        .extracting(AssociationType::label)
        .containsAnyOf("Referrer", "Decision maker");
  }

  @Test
  void aRecordWithoutAssociationsIsReportedAsAnError() {
    SeedResult seeded = harness.hubspot.seed(new SeedSpec(7L, 1, 1, 0));
    String company = seeded.companyIds().get(0);

    BatchResult<Associations> read =
        client.batchReadAssociations("companies", "deals", List.of(company));

    assertThat(read.results()).isEmpty();
    assertThat(read.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.category()).isEqualTo("OBJECT_NOT_FOUND");
              assertThat(e.context().get("fromObjectId")).containsExactly(company);
            });
  }
}
