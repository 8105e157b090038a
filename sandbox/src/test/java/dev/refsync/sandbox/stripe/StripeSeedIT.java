package dev.refsync.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.sandbox.core.Json;
import dev.refsync.sandbox.core.MutableClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StripeSeedIT {

  private static final StripeSeedSpec SPEC = new StripeSeedSpec(42, 12, 12, 4, 1, 3);

  @Test
  void sameSeedAndClockGiveTheSameStateDump() {
    String a = seededDump(SPEC);
    String b = seededDump(SPEC);
    assertThat(a).isEqualTo(b);
    assertThat(seededDump(new StripeSeedSpec(43, 12, 12, 4, 1, 3))).isNotEqualTo(a);
  }

  @Test
  void aYearOfHistoryWithRefundsADisputeAndChurn() {
    try (StripeFixture f = new StripeFixture()) {
      StripeSeedResult result = f.stripe.seed(SPEC);
      long now = f.clock.instant().getEpochSecond();

      assertThat(result.customerIds()).hasSize(12).allMatch(id -> id.startsWith("cus_"));
      assertThat(result.canceledSubscriptionIds()).hasSize(3);
      assertThat(result.refundIds()).hasSize(4);
      assertThat(result.disputeIds()).hasSize(1);
      // 9 customers pay 12 months; churners pay at least 6.
      assertThat(result.paidInvoices().size()).isBetween(9 * 12 + 3 * 6, 12 * 12);

      JsonNode state = Json.parse(f.stripe.stateDump());
      List<JsonNode> customers = list(state.get("customers"));
      assertThat(customers)
          .allSatisfy(c -> assertThat(c.get("email").asText()).matches("[a-z.-]+@[a-z0-9]+\\.com"));
      assertThat(customers.stream().filter(c -> c.at("/metadata/refsync_account_id").isTextual()))
          .hasSize(8);

      List<JsonNode> refunds = list(state.get("refunds"));
      List<JsonNode> charges = list(state.get("charges"));
      long full =
          refunds.stream()
              .filter(r -> amountOf(charges, r.get("charge").asText()) == r.get("amount").asLong())
              .count();
      assertThat(full).isEqualTo(2);
      assertThat(list(state.get("disputes")))
          .singleElement()
          .satisfies(d -> assertThat(d.get("status").asText()).isEqualTo("lost"));

      List<JsonNode> events = list(state.get("events"));
      assertThat(events)
          .allSatisfy(e -> assertThat(e.get("created").asLong()).isLessThanOrEqualTo(now));
      assertThat(events.stream().map(e -> e.get("type").asText()).distinct())
          .contains(
              "customer.created",
              "customer.subscription.created",
              "invoice.paid",
              "charge.refunded",
              "refund.created",
              "charge.dispute.created",
              "charge.dispute.closed",
              "customer.subscription.deleted");
      long earliest = events.stream().mapToLong(e -> e.get("created").asLong()).min().orElseThrow();
      assertThat(now - earliest).isGreaterThan(365L * 24 * 3600 - 31L * 24 * 3600);

      // The API only shows the last 30 days of that history.
      var recent = f.client.get("/v1/events?limit=100").json().get("data");
      assertThat(recent.size()).isPositive();
      recent.forEach(
          e -> assertThat(e.get("created").asLong()).isGreaterThanOrEqualTo(now - 30L * 24 * 3600));
      assertThat(recent.size()).isLessThan(events.size());
    }
  }

  @Test
  void invalidSpecsNameEveryProblem() {
    assertThatThrownBy(() -> new StripeSeedSpec(1, 2, 0, 3, 0, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("months")
        .hasMessageContaining("cancellations")
        .hasMessageContaining("refunds");
  }

  private static String seededDump(StripeSeedSpec spec) {
    try (StripeEmulator stripe =
        StripeEmulator.start(
            StripeConfig.defaults(StripeTestClient.KEY, new MutableClock(StripeFixture.START)))) {
      stripe.seed(spec);
      return stripe.stateDump();
    }
  }

  private static long amountOf(List<JsonNode> charges, String id) {
    return charges.stream()
        .filter(c -> c.get("id").asText().equals(id))
        .findFirst()
        .orElseThrow()
        .get("amount")
        .asLong();
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }
}
