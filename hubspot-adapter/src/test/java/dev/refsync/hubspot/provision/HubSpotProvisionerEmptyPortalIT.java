package dev.refsync.hubspot.provision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.hubspot.client.BatchResult;
import dev.refsync.hubspot.client.ObjectSchema;
import dev.refsync.hubspot.client.PropertyDefinition;
import dev.refsync.hubspot.client.UpsertInput;
import dev.refsync.hubspot.client.UpsertResult;
import dev.refsync.hubspot.provision.ProvisioningAction.CreateProperty;
import dev.refsync.hubspot.provision.ProvisioningAction.CreatePropertyGroup;
import dev.refsync.hubspot.provision.ProvisioningAction.CreateSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An empty portal: everything is planned, created once, and a second run creates nothing. */
class HubSpotProvisionerEmptyPortalIT {
  private final ProvisioningHarness h = new ProvisioningHarness();

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void theDryRunListsEverythingAndCreatesNothing() {
    List<ProvisioningAction> plan = h.provisioner.plan();

    assertThat(plan).hasSize(7);
    assertThat(plan.get(0))
        .isEqualTo(new CreatePropertyGroup("deals", HubSpotProvisioningSpec.REFSYNC_GROUP));
    assertThat(plan.subList(1, 6))
        .extracting(a -> ((CreateProperty) a).property().name())
        .containsExactly(
            "refsync_referral_id",
            "refsync_referrer",
            "refsync_referral_source",
            "refsync_referral_date",
            "refsync_attribution");
    assertThat(plan.get(6)).isInstanceOf(CreateSchema.class);
    assertThat(plan)
        .extracting(ProvisioningAction::description)
        .contains(
            "create property group 'refsync' (Refsync) on deals",
            "create property refsync_referrer (string/text, label 'Refsync referrer name') on"
                + " deals in group refsync");
    assertThat(plan.get(6).description())
        .startsWith("create custom object 'referral_commission' with properties refsync_id,")
        .endsWith("unique and required [refsync_id], associated to [DEAL]");
    assertThat(h.creates()).isZero();
  }

  @Test
  void applyCreatesThePlanAndASecondRunMakesNoCreateRequest() {
    List<ProvisioningResult> first = h.provisioner.apply();

    assertThat(first).hasSize(7).allSatisfy(r -> assertThat(r.error()).isNull());
    assertThat(h.count("properties.groups.create")).isEqualTo(1);
    assertThat(h.count("properties.create")).isEqualTo(5);
    assertThat(h.count("schemas.create")).isEqualTo(1);
    assertThat(h.client.listProperties("deals"))
        .filteredOn(p -> p.name().startsWith("refsync_"))
        .hasSize(5)
        .allSatisfy(p -> assertThat(p.groupName()).isEqualTo("refsync"));
    ObjectSchema schema = h.client.listSchemas().get(0);
    assertThat(schema.name()).isEqualTo("referral_commission");
    assertThat(schema.primaryDisplayProperty()).isEqualTo("refsync_id");
    assertThat(schema.requiredProperties()).containsExactly("refsync_id");
    assertThat(h.client.listProperties(schema.objectTypeId()))
        .filteredOn(p -> p.name().equals("refsync_id"))
        .singleElement()
        .extracting(PropertyDefinition::hasUniqueValue)
        .isEqualTo(true);

    assertThat(h.provisioner.plan()).isEmpty();
    long createsBefore = h.creates();
    assertThat(h.provisioner.apply()).isEmpty();
    assertThat(h.creates()).isEqualTo(createsBefore);
  }

  @Test
  void theCreatedSchemaAcceptsWhatTheWriteBackSends() {
    h.provisioner.apply();
    String typeId = h.client.listSchemas().get(0).objectTypeId();

    BatchResult<UpsertResult> upserted =
        h.client.batchUpsert(
            typeId,
            "refsync_id",
            List.of(
                new UpsertInput(
                    "led-1",
                    Map.of(
                        "refsync_kind", "CLAWBACK",
                        "refsync_status", "PAYABLE",
                        "refsync_amount", "-12.34",
                        "refsync_currency", "EUR",
                        "refsync_earned_at", "2026-05-04T09:00:00Z"))));

    assertThat(upserted.errors()).isEmpty();
    assertThat(upserted.results()).singleElement().satisfies(r -> assertThat(r.created()).isTrue());
  }
}
