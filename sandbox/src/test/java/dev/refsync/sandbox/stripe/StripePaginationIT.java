package dev.refsync.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StripePaginationIT {

  private final StripeFixture f = new StripeFixture();
  private final List<String> newestFirst = new ArrayList<>();

  @BeforeEach
  void customers() {
    // Pairs share a second, so the tie order (creation order) is exercised too.
    for (int i = 0; i < 25; i++) {
      newestFirst.add(0, f.customer("email=c" + i + "%40x.example"));
      if (i % 2 == 1) {
        f.clock.advance(Duration.ofSeconds(1));
      }
    }
  }

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void startingAfterWalksNewestFirstWithoutGapsOrRepeats() {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    boolean hasMore = true;
    int pages = 0;
    while (hasMore) {
      JsonNode page =
          f.client
              .get("/v1/customers?limit=10" + (cursor == null ? "" : "&starting_after=" + cursor))
              .json();
      page.get("data").forEach(c -> seen.add(c.get("id").asText()));
      cursor = seen.get(seen.size() - 1);
      hasMore = page.get("has_more").asBoolean();
      pages++;
    }
    assertThat(pages).isEqualTo(3);
    assertThat(seen).containsExactlyElementsOf(newestFirst);
  }

  @Test
  void endingBeforeReturnsTheNewerNeighboursInListOrder() {
    String pivot = newestFirst.get(12);
    JsonNode page = f.client.get("/v1/customers?limit=5&ending_before=" + pivot).json();
    List<String> ids = new ArrayList<>();
    page.get("data").forEach(c -> ids.add(c.get("id").asText()));
    assertThat(ids).containsExactlyElementsOf(newestFirst.subList(7, 12));
    assertThat(page.get("has_more").asBoolean()).isTrue();

    JsonNode first =
        f.client.get("/v1/customers?limit=5&ending_before=" + newestFirst.get(3)).json();
    assertThat(first.get("data")).hasSize(3);
    assertThat(first.get("has_more").asBoolean()).isFalse();
  }

  @Test
  void defaultLimitIsTenAndBoundsAreEnforced() {
    assertThat(f.client.get("/v1/customers").json().get("data")).hasSize(10);
    assertThat(f.client.get("/v1/customers?limit=100").json().get("data")).hasSize(25);
    for (String bad : List.of("0", "101", "x")) {
      var r = f.client.get("/v1/customers?limit=" + bad);
      assertThat(r.status()).as("limit=" + bad).isEqualTo(400);
      assertThat(r.error().get("param").asText()).isEqualTo("limit");
    }
  }

  @Test
  void unknownCursorAndBothCursorsAreRejected() {
    var unknown = f.client.get("/v1/customers?starting_after=cus_missing");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.error().get("param").asText()).isEqualTo("starting_after");
    var both =
        f.client.get(
            "/v1/customers?starting_after="
                + newestFirst.get(0)
                + "&ending_before="
                + newestFirst.get(1));
    assertThat(both.status()).isEqualTo(400);
  }

  @Test
  void createdFilterBoundsTheList() {
    long start = StripeFixture.START.getEpochSecond();
    assertThat(
            f.client.get("/v1/customers?limit=100&created[gte]=" + (start + 12)).json().get("data"))
        .hasSize(1);
    assertThat(
            f.client.get("/v1/customers?limit=100&created[lt]=" + (start + 1)).json().get("data"))
        .hasSize(2);
    assertThat(f.client.get("/v1/customers?limit=100&created=" + (start + 5)).json().get("data"))
        .hasSize(2);
  }
}
