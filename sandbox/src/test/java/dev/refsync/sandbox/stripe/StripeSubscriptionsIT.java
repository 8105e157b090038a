package dev.refsync.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StripeSubscriptionsIT {

  private final StripeFixture f = new StripeFixture();

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void createCarriesItsInlinePriceAndCurrentPeriod() {
    String customer = f.customer("email=a%40x.example");
    String id = f.subscription(customer, 4900);
    var s = f.client.get("/v1/subscriptions/" + id).json();
    assertThat(id).startsWith("sub_");
    assertThat(s.get("object").asText()).isEqualTo("subscription");
    assertThat(s.get("status").asText()).isEqualTo("active");
    assertThat(s.get("customer").asText()).isEqualTo(customer);
    var item = s.at("/items/data/0");
    assertThat(item.get("id").asText()).startsWith("si_");
    assertThat(item.at("/price/unit_amount").asLong()).isEqualTo(4900);
    assertThat(item.at("/price/recurring/interval").asText()).isEqualTo("month");
    assertThat(item.get("current_period_start").asLong())
        .isEqualTo(StripeFixture.START.getEpochSecond());
    assertThat(item.get("current_period_end").asLong())
        .isEqualTo(StripeFixture.START.plus(Duration.ofDays(30)).getEpochSecond());
  }

  @Test
  void createValidatesCustomerAndItems() {
    var missing =
        f.client.post(
            "/v1/subscriptions",
            "customer=cus_nope"
                + "&items[0][price_data][unit_amount]=1&items[0][price_data][currency]=usd"
                + "&items[0][price_data][product]=p&items[0][price_data][recurring][interval]=month");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.error().get("param").asText()).isEqualTo("customer");

    String customer = f.customer("email=a%40x.example");
    var noItems = f.client.post("/v1/subscriptions", "customer=" + customer);
    assertThat(noItems.status()).isEqualTo(400);
    assertThat(noItems.error().get("param").asText()).isEqualTo("items");

    var noAmount =
        f.client.post(
            "/v1/subscriptions", "customer=" + customer + "&items[0][price_data][currency]=usd");
    assertThat(noAmount.error().get("param").asText())
        .isEqualTo("items[0][price_data][unit_amount]");
  }

  @Test
  void cancelEndsItEmitsDeletedAndHidesItFromTheDefaultList() {
    String customer = f.customer("email=a%40x.example");
    String keep = f.subscription(customer, 1000);
    String gone = f.subscription(customer, 2000);
    f.clock.advance(Duration.ofDays(3));

    var canceled =
        f.client.delete(
            "/v1/subscriptions/"
                + gone
                + "?cancellation_details[feedback]=too_expensive&cancellation_details[comment]=Budget");
    assertThat(canceled.status()).isEqualTo(200);
    long now = f.clock.instant().getEpochSecond();
    assertThat(canceled.json().get("status").asText()).isEqualTo("canceled");
    assertThat(canceled.json().get("canceled_at").asLong()).isEqualTo(now);
    assertThat(canceled.json().get("ended_at").asLong()).isEqualTo(now);
    assertThat(canceled.json().at("/cancellation_details/feedback").asText())
        .isEqualTo("too_expensive");
    assertThat(canceled.json().at("/cancellation_details/comment").asText()).isEqualTo("Budget");
    assertThat(canceled.json().at("/cancellation_details/reason").asText())
        .isEqualTo("cancellation_requested");

    var deleted = f.client.get("/v1/events?type=customer.subscription.deleted").json().get("data");
    assertThat(deleted).hasSize(1);
    assertThat(deleted.get(0).at("/data/object/id").asText()).isEqualTo(gone);
    assertThat(deleted.get(0).get("created").asLong()).isEqualTo(now);

    assertThat(f.client.get("/v1/subscriptions").json().get("data"))
        .extracting(n -> n.get("id").asText())
        .containsExactly(keep);
    assertThat(f.client.get("/v1/subscriptions?status=canceled").json().get("data"))
        .extracting(n -> n.get("id").asText())
        .containsExactly(gone);
    assertThat(f.client.get("/v1/subscriptions?status=all&customer=" + customer).json().get("data"))
        .hasSize(2);

    assertThat(f.client.delete("/v1/subscriptions/" + gone).status()).isEqualTo(400);
    assertThat(
            f.client
                .delete("/v1/subscriptions/" + keep + "?cancellation_details[feedback]=meh")
                .error()
                .get("param")
                .asText())
        .isEqualTo("cancellation_details[feedback]");
  }

  @Test
  void expandCustomerOnRetrieve() {
    String customer = f.customer("email=a%40x.example");
    String id = f.subscription(customer, 1000);
    var s = f.client.get("/v1/subscriptions/" + id + "?expand[]=customer").json();
    assertThat(s.at("/customer/email").asText()).isEqualTo("a@x.example");
  }
}
