package dev.refsync.hubspot.provision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.hubspot.client.ObjectSchema;
import dev.refsync.hubspot.client.PropertyDefinition;
import dev.refsync.hubspot.client.SchemaRequest;
import dev.refsync.hubspot.provision.ProvisioningAction.CreateProperty;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A commission schema that already exists is kept; only its missing properties are added through
 * the properties API on its object type id.
 */
class HubSpotProvisionerExistingSchemaIT {
  private final ProvisioningHarness h = new ProvisioningHarness();

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void onlyTheMissingPropertiesOfAnExistingSchemaAreCreated() {
    ObjectSchema existing =
        h.client.createSchema(
            new SchemaRequest(
                "referral_commission",
                new SchemaRequest.Labels("Commission", "Commissions"),
                List.of(
                    new PropertyDefinition(
                        "refsync_id", "Ledger id", "string", "text", null, null, true, null),
                    new PropertyDefinition(
                        "refsync_amount", "Amount", "number", "number", null, null, null, null)),
                List.of("refsync_id"),
                List.of("refsync_id"),
                "refsync_id",
                List.of("DEAL")));

    List<ProvisioningAction> plan = h.provisioner.plan();

    List<ProvisioningAction> onSchema =
        plan.stream()
            .filter(
                a ->
                    a instanceof CreateProperty p && p.objectType().equals(existing.objectTypeId()))
            .toList();
    assertThat(plan).noneMatch(ProvisioningAction.CreateSchema.class::isInstance);
    assertThat(onSchema)
        .extracting(a -> ((CreateProperty) a).property().name())
        .containsExactly(
            "refsync_referrer_id",
            "refsync_referral_id",
            "refsync_plan_id",
            "refsync_kind",
            "refsync_currency",
            "refsync_earned_at",
            "refsync_payable_at",
            "refsync_status",
            "refsync_explanation");
    assertThat(onSchema)
        .extracting(a -> ((CreateProperty) a).property().groupName())
        .containsOnly("referral_commission_information");

    assertThat(h.provisioner.apply()).allSatisfy(r -> assertThat(r.error()).isNull());

    assertThat(h.count("schemas.create")).isEqualTo(1);
    assertThat(h.client.listSchemas())
        .singleElement()
        .extracting(ObjectSchema::objectTypeId)
        .isEqualTo(existing.objectTypeId());
    assertThat(h.client.listProperties(existing.objectTypeId()))
        .filteredOn(p -> p.name().equals("refsync_id"))
        .singleElement()
        .extracting(PropertyDefinition::label)
        .isEqualTo("Ledger id");
    assertThat(h.provisioner.plan()).isEmpty();
  }

  @Test
  void aSchemaWhoseKeyIsNotUniqueIsWarnedAbout() {
    ObjectSchema existing =
        h.client.createSchema(
            new SchemaRequest(
                "referral_commission",
                new SchemaRequest.Labels("Commission", "Commissions"),
                List.of(
                    new PropertyDefinition(
                        "refsync_id", "Ledger id", "string", "text", null, null, null, null)),
                List.of("refsync_id"),
                List.of("refsync_id"),
                "refsync_id",
                List.of("DEAL")));

    assertThat(h.provisioner.review().warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.objectType()).isEqualTo(existing.objectTypeId());
              assertThat(w.property()).isEqualTo("refsync_id");
              assertThat(w.message()).startsWith("is not unique");
            });
  }
}
