package dev.refsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.sandbox.core.MutableClock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HubSpotSchemasIT {

  static final String COMMISSION_SCHEMA =
      "{\"name\":\"referral_commission\",\"labels\":{\"singular\":\"Referral commission\","
          + "\"plural\":\"Referral commissions\"},\"primaryDisplayProperty\":\"commission_key\","
          + "\"requiredProperties\":[\"commission_key\"],\"associatedObjects\":[\"DEAL\",\"0-2\"],"
          + "\"properties\":["
          + "{\"name\":\"commission_key\",\"label\":\"Key\",\"type\":\"string\",\"fieldType\":\"text\",\"hasUniqueValue\":true},"
          + "{\"name\":\"amount\",\"label\":\"Amount\",\"type\":\"number\",\"fieldType\":\"number\"}]}";

  private HubSpotEmulator hubspot;
  private HubSpotTestClient client;

  @BeforeEach
  void start() {
    hubspot =
        HubSpotEmulator.start(
            HubSpotConfig.defaults(
                HubSpotTestClient.TOKEN, new MutableClock(Instant.parse("2026-01-01T00:00:00Z"))));
    client = new HubSpotTestClient(hubspot.baseUri());
  }

  @AfterEach
  void stop() {
    hubspot.close();
  }

  @Test
  void createsACustomObjectTypeReachableByNameAndById() {
    var created = client.post("/crm/v3/schemas", COMMISSION_SCHEMA);
    assertThat(created.status()).isEqualTo(201);
    JsonNode schema = created.json();
    String typeId = schema.path("objectTypeId").asText();
    assertThat(typeId).startsWith("2-");
    assertThat(schema.path("fullyQualifiedName").asText())
        .isEqualTo("p62515555_referral_commission");
    assertThat(schema.path("primaryDisplayProperty").asText()).isEqualTo("commission_key");
    assertThat(schema.path("associations")).hasSize(2);

    var record =
        client.post(
            "/crm/v3/objects/" + typeId,
            "{\"properties\":{\"commission_key\":\"c-1\",\"amount\":\"125.50\"}}");
    assertThat(record.status()).isEqualTo(201);
    String id = record.json().path("id").asText();

    JsonNode byName =
        client.get("/crm/v3/objects/referral_commission/" + id + "?properties=amount").json();
    assertThat(byName.path("properties").path("amount").asText()).isEqualTo("125.50");
    assertThat(byName.path("properties").path("hs_lastmodifieddate").asText()).isNotBlank();
    JsonNode listed = client.get("/crm/v3/schemas").json().path("results");
    assertThat(listed).hasSize(1);
    assertThat(
            client.get("/crm/v3/schemas/referral_commission").json().path("objectTypeId").asText())
        .isEqualTo(typeId);
  }

  @Test
  void requiredPropertiesAreEnforcedOnCreateAndTheUniqueKeyAllowsUpsert() {
    client.post("/crm/v3/schemas", COMMISSION_SCHEMA);

    var missing =
        client.post("/crm/v3/objects/referral_commission", "{\"properties\":{\"amount\":\"1\"}}");
    var upsert =
        client.post(
            "/crm/v3/objects/referral_commission/batch/upsert",
            "{\"inputs\":[{\"idProperty\":\"commission_key\",\"id\":\"c-7\",\"properties\":{\"amount\":\"7\"}}]}");

    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().path("message").asText()).contains("commission_key");
    assertThat(upsert.status()).isEqualTo(200);
    assertThat(upsert.json().path("results").get(0).path("new").asBoolean()).isTrue();
  }

  @Test
  void invalidSchemasReportEveryProblemAndDuplicatesAre409() {
    var invalid =
        client.post(
            "/crm/v3/schemas",
            "{\"name\":\"Bad Name\",\"requiredProperties\":[\"ghost\"],\"associatedObjects\":[\"WIDGET\"],"
                + "\"properties\":[{\"name\":\"a\"}]}");
    client.post("/crm/v3/schemas", COMMISSION_SCHEMA);
    var duplicate = client.post("/crm/v3/schemas", COMMISSION_SCHEMA);

    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().path("message").asText())
        .contains("name is required")
        .contains("labels.singular")
        .contains("properties[0].label is required")
        .contains("ghost")
        .contains("WIDGET");
    assertThat(duplicate.status()).isEqualTo(409);
  }

  @Test
  void unknownObjectTypeIs404() {
    assertThat(client.get("/crm/v3/objects/2-999/1").status()).isEqualTo(404);
  }
}
