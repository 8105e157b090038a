package dev.refsync.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StripeEventsIT {

  private final StripeFixture f = new StripeFixture();

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void eventsHaveStripesShapeAndComeNewestFirst() {
    String customer = f.customer("email=a%40x.example");
    f.clock.advance(Duration.ofSeconds(10));
    f.subscription(customer, 1000);

    var list = f.client.get("/v1/events").json();
    assertThat(list.get("object").asText()).isEqualTo("list");
    assertThat(list.get("url").asText()).isEqualTo("/v1/events");
    assertThat(list.get("has_more").asBoolean()).isFalse();
    JsonNode newest = list.at("/data/0");
    assertThat(newest.get("id").asText()).startsWith("evt_");
    assertThat(newest.get("object").asText()).isEqualTo("event");
    assertThat(newest.get("type").asText()).isEqualTo("customer.subscription.created");
    assertThat(newest.get("api_version").asText()).isEqualTo(StripeConfig.DEFAULT_API_VERSION);
    assertThat(newest.get("livemode").asBoolean()).isFalse();
    assertThat(newest.get("created").asLong()).isEqualTo(StripeFixture.START.getEpochSecond() + 10);
    assertThat(newest.at("/data/object/object").asText()).isEqualTo("subscription");
    assertThat(list.at("/data/1/type").asText()).isEqualTo("customer.created");

    String id = newest.get("id").asText();
    assertThat(f.client.get("/v1/events/" + id).json()).isEqualTo(newest);
  }

  @Test
  void createdBoundsSelectAWindow() {
    long t0 = StripeFixture.START.getEpochSecond();
    for (int i = 0; i < 5; i++) {
      f.customer("email=c" + i + "%40x.example");
      f.clock.advance(Duration.ofSeconds(1));
    }
    assertThat(types("/v1/events?created[gte]=" + (t0 + 1) + "&created[lt]=" + (t0 + 3)))
        .hasSize(2);
    assertThat(types("/v1/events?created[gt]=" + (t0 + 3))).hasSize(1);
    assertThat(types("/v1/events?created[lte]=" + (t0 + 3))).hasSize(4);
    var bad = f.client.get("/v1/events?created[after]=1");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.error().get("param").asText()).isEqualTo("created[after]");
  }

  @Test
  void typeAndTypesFilters() {
    PaidInvoice paid = f.stripe.payInvoice(f.subscription(f.customer("email=a%40x.example"), 1000));
    f.client.post("/v1/refunds", "charge=" + paid.chargeId());

    assertThat(types("/v1/events?type=invoice.paid")).containsExactly("invoice.paid");
    assertThat(types("/v1/events?type=invoice.*"))
        .containsExactly("invoice.payment_succeeded", "invoice.paid");
    assertThat(types("/v1/events?types[0]=refund.created&types[1]=customer.created"))
        .containsExactly("refund.created", "customer.created");
    StringBuilder tooMany = new StringBuilder("/v1/events?");
    for (int i = 0; i < 21; i++) {
      tooMany.append("types[]=t").append(i).append('&');
    }
    assertThat(f.client.get(tooMany.toString()).status()).isEqualTo(400);
  }

  @Test
  void eventsOlderThanThirtyDaysAreGoneFromListAndRetrieve() {
    f.customer("email=old%40x.example");
    String oldEvent = f.client.get("/v1/events").json().at("/data/0/id").asText();
    f.clock.advance(Duration.ofDays(20));
    f.customer("email=new%40x.example");

    f.clock.advance(Duration.ofDays(10));
    assertThat(types("/v1/events")).hasSize(2);
    assertThat(f.client.get("/v1/events/" + oldEvent).status()).isEqualTo(200);

    f.clock.advance(Duration.ofSeconds(1));
    var list = f.client.get("/v1/events").json().get("data");
    assertThat(list).hasSize(1);
    assertThat(list.get(0).at("/data/object/email").asText()).isEqualTo("new@x.example");
    var gone = f.client.get("/v1/events/" + oldEvent);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.error().get("code").asText()).isEqualTo("resource_missing");
    assertThat(f.stripe.events()).hasSize(2);
  }

  @Test
  void pagingThroughEventsWithStartingAfter() {
    for (int i = 0; i < 7; i++) {
      f.customer("email=c" + i + "%40x.example");
    }
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      var page =
          f.client
              .get("/v1/events?limit=3" + (cursor == null ? "" : "&starting_after=" + cursor))
              .json();
      page.get("data").forEach(e -> ids.add(e.get("id").asText()));
      cursor = page.get("has_more").asBoolean() ? ids.get(ids.size() - 1) : null;
    } while (cursor != null);
    assertThat(ids).hasSize(7).doesNotHaveDuplicates();
    assertThat(f.client.get("/v1/events?limit=101").status()).isEqualTo(400);
  }

  private List<String> types(String path) {
    List<String> out = new ArrayList<>();
    f.client.get(path).json().get("data").forEach(e -> out.add(e.get("type").asText()));
    return out;
  }
}
