package dev.refsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.sandbox.core.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HubSpotUpsertIT {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T00:00:00Z"));
  private HubSpotEmulator hubspot;
  private HubSpotTestClient client;

  @BeforeEach
  void start() {
    hubspot = HubSpotEmulator.start(HubSpotConfig.defaults(HubSpotTestClient.TOKEN, clock));
    client = new HubSpotTestClient(hubspot.baseUri());
    var prop =
        client.post(
            "/crm/v3/properties/deals",
            "{\"name\":\"refsync_id\",\"label\":\"Refsync id\",\"type\":\"string\","
                + "\"fieldType\":\"text\",\"groupName\":\"dealinformation\",\"hasUniqueValue\":true}");
    assertThat(prop.status()).isEqualTo(201);
  }

  @AfterEach
  void stop() {
    hubspot.close();
  }

  @Test
  void upsertingTheSameInputTwiceCreatesOnceAndChangesNothingTheSecondTime() {
    String body =
        "{\"inputs\":[{\"idProperty\":\"refsync_id\",\"id\":\"r-1\",\"properties\":{\"dealname\":\"One\"}},"
            + "{\"idProperty\":\"refsync_id\",\"id\":\"r-2\",\"properties\":{\"dealname\":\"Two\"}}]}";

    JsonNode first = client.post("/crm/v3/objects/deals/batch/upsert", body).json();
    clock.advance(Duration.ofMinutes(1));
    JsonNode second = client.post("/crm/v3/objects/deals/batch/upsert", body).json();

    assertThat(first.path("results").get(0).path("new").asBoolean()).isTrue();
    assertThat(second.path("results").get(0).path("new").asBoolean()).isFalse();
    assertThat(second.path("results").get(0).path("id").asText())
        .isEqualTo(first.path("results").get(0).path("id").asText());
    assertThat(second.path("results").get(1).path("updatedAt").asText())
        .isEqualTo(first.path("results").get(1).path("updatedAt").asText());
    assertThat(client.get("/crm/v3/objects/deals?limit=100").json().path("results")).hasSize(2);
  }

  @Test
  void upsertOfAnExistingKeyUpdatesThatRecord() {
    client.post(
        "/crm/v3/objects/deals/batch/upsert",
        "{\"inputs\":[{\"idProperty\":\"refsync_id\",\"id\":\"r-9\",\"properties\":{\"amount\":\"10\"}}]}");
    clock.advance(Duration.ofMinutes(1));

    JsonNode r =
        client
            .post(
                "/crm/v3/objects/deals/batch/upsert",
                "{\"inputs\":[{\"idProperty\":\"refsync_id\",\"id\":\"r-9\","
                    + "\"properties\":{\"amount\":\"12.50\"}}]}")
            .json()
            .path("results")
            .get(0);

    assertThat(r.path("new").asBoolean()).isFalse();
    assertThat(r.path("updatedAt").asText()).isEqualTo("2026-04-01T00:01:00.000Z");
    JsonNode stored =
        client
            .post(
                "/crm/v3/objects/deals/batch/read",
                "{\"idProperty\":\"refsync_id\",\"properties\":[\"amount\"],\"inputs\":[{\"id\":\"r-9\"}]}")
            .json();
    assertThat(stored.path("results").get(0).path("properties").path("amount").asText())
        .isEqualTo("12.50");
  }

  @Test
  void upsertRequiresAUniqueIdProperty() {
    var r =
        client.post(
            "/crm/v3/objects/deals/batch/upsert",
            "{\"inputs\":[{\"idProperty\":\"dealname\",\"id\":\"x\",\"properties\":{}}]}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("message").asText()).contains("dealname").contains("hasUniqueValue");
  }
}
