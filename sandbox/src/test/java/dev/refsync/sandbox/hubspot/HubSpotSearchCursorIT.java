package dev.refsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.Json;
import dev.refsync.sandbox.core.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The incremental-read shape DESIGN 9 relies on: many records sharing one modification time must
 * page out in (time, id) order with nothing lost, and writes must wait for the index.
 */
class HubSpotSearchCursorIT {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T08:00:00Z"));
  private HubSpotEmulator hubspot;
  private HubSpotTestClient client;

  @AfterEach
  void stop() {
    hubspot.close();
  }

  @BeforeEach
  void start() {
    hubspot =
        HubSpotEmulator.start(
            HubSpotConfig.defaults(HubSpotTestClient.TOKEN, clock)
                .withIndexingDelay(Duration.ofSeconds(2)));
    client = new HubSpotTestClient(hubspot.baseUri());
  }

  @Test
  void fiveThousandRecordsSharingOneTimestampPageOutInTimeThenIdOrderWithoutLoss() {
    List<String> created = new ArrayList<>();
    for (int batch = 0; batch < 50; batch++) {
      ArrayNode inputs = Json.array();
      for (int i = 0; i < 100; i++) {
        inputs.addObject().putObject("properties").put("name", "c" + (batch * 100 + i));
      }
      ObjectNode body = Json.object();
      body.set("inputs", inputs);
      var r = client.post("/crm/v3/objects/companies/batch/create", body);
      assertThat(r.status()).isEqualTo(201);
      r.json().path("results").forEach(n -> created.add(n.path("id").asText()));
    }
    // Ten seconds later: past the indexing delay and the rolling window; the search limiter
    // allows 5 per second, so each page is one simulated second apart.
    clock.advance(Duration.ofSeconds(10));

    List<String> seen = new ArrayList<>();
    String after = null;
    do {
      String body =
          "{\"filterGroups\":[{\"filters\":[{\"propertyName\":\"hs_lastmodifieddate\","
              + "\"operator\":\"GTE\",\"value\":\""
              + Instant.parse("2026-06-01T08:00:00Z").toEpochMilli()
              + "\"}]}],"
              + "\"sorts\":[{\"propertyName\":\"hs_lastmodifieddate\",\"direction\":\"ASCENDING\"}],"
              + "\"properties\":[\"hs_lastmodifieddate\"],\"limit\":200"
              + (after == null ? "" : ",\"after\":\"" + after + "\"")
              + "}";
      var r = client.post("/crm/v3/objects/companies/search", body);
      assertThat(r.status()).as(r.raw()).isEqualTo(200);
      JsonNode page = r.json();
      assertThat(page.path("total").asInt()).isEqualTo(5_000);
      page.path("results").forEach(n -> seen.add(n.path("id").asText()));
      after =
          page.at("/paging/next/after").isMissingNode()
              ? null
              : page.at("/paging/next/after").asText();
      clock.advance(Duration.ofSeconds(1));
    } while (after != null);

    assertThat(seen).hasSize(5_000).doesNotHaveDuplicates();
    List<Long> ids = seen.stream().map(Long::parseLong).toList();
    assertThat(ids).isSorted();
    assertThat(seen).containsExactlyElementsOf(created);
  }

  @Test
  void aWriteIsInvisibleToSearchUntilTheIndexingDelayHasPassed() {
    client.post("/crm/v3/objects/companies", "{\"properties\":{\"name\":\"fresh\"}}");

    clock.advance(Duration.ofMillis(1_999));
    int before = client.post("/crm/v3/objects/companies/search", "{}").json().path("total").asInt();
    clock.advance(Duration.ofMillis(1));
    int after = client.post("/crm/v3/objects/companies/search", "{}").json().path("total").asInt();

    assertThat(before).isZero();
    assertThat(after).isEqualTo(1);
    // Reads by id do not go through the index.
    assertThat(client.get("/crm/v3/objects/companies").json().path("results")).hasSize(1);
  }
}
