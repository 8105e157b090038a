package dev.refsync.hubspot.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.core.error.InvalidRequestException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Properties, property groups and custom object schemas (provisioning calls, DESIGN 8). */
class HubSpotClientSchemaIT {
  private final EmulatorHarness harness = EmulatorHarness.start();
  private final HubSpotClient client = harness.client();

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void aCreatedGroupAndPropertyAreListed() {
    PropertyGroup group =
        client.createPropertyGroup("deals", new PropertyGroup("refsync", "Refsync", 0));
    PropertyDefinition created =
        client.createProperty(
            "deals",
            new PropertyDefinition(
                "refsync_referral_source",
                "Referral source",
                "enumeration",
                "select",
                "refsync",
                "Channel of the referral",
                false,
                List.of(
                    new PropertyDefinition.Option("Partner", "partner"),
                    new PropertyDefinition.Option("Customer", "customer"))));

    List<PropertyDefinition> listed = client.listProperties("deals");

    assertThat(group.name()).isEqualTo("refsync");
    assertThat(created.groupName()).isEqualTo("refsync");
    assertThat(listed)
        .filteredOn(p -> p.name().equals("refsync_referral_source"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.type()).isEqualTo("enumeration");
              assertThat(p.options())
                  .extracting(PropertyDefinition.Option::value)
                  .containsExactly("partner", "customer");
            });
    assertThat(listed).extracting(PropertyDefinition::name).contains("dealname", "amount");
  }

  @Test
  void anInvalidPropertyIsRefusedWithHubSpotsMessage() {
    assertThatThrownBy(
            () ->
                client.createProperty(
                    "deals",
                    new PropertyDefinition(
                        "x", null, "colour", "text", "dealinformation", null, null, null)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("label is required")
        .hasMessageContaining("colour");
  }

  @Test
  void aCustomObjectSchemaIsCreatedAndListed() {
    ObjectSchema created =
        client.createSchema(
            new SchemaRequest(
                "referral_commission",
                new SchemaRequest.Labels("Referral commission", "Referral commissions"),
                List.of(
                    new PropertyDefinition(
                        "refsync_id", "Refsync id", "string", "text", null, null, true, null),
                    new PropertyDefinition(
                        "amount", "Amount", "number", "number", null, null, null, null)),
                List.of("refsync_id"),
                List.of("refsync_id"),
                "refsync_id",
                List.of("DEAL")));

    List<ObjectSchema> listed = client.listSchemas();

    assertThat(created.objectTypeId()).startsWith("2-");
    assertThat(created.fullyQualifiedName()).endsWith("_referral_commission");
    assertThat(created.properties()).extracting(PropertyDefinition::name).contains("refsync_id");
    assertThat(listed)
        .extracting(ObjectSchema::objectTypeId)
        .containsExactly(created.objectTypeId());
    BatchResult<UpsertResult> upserted =
        client.batchUpsert(
            created.objectTypeId(),
            "refsync_id",
            List.of(new UpsertInput("led-1", Map.of("amount", "12.34"))));
    assertThat(upserted.results()).singleElement().satisfies(r -> assertThat(r.created()).isTrue());
  }
}
