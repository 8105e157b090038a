package dev.refsync.sandbox.stripe;

import dev.refsync.sandbox.core.MutableClock;
import java.time.Instant;
import java.util.function.UnaryOperator;

/** An emulator on a mutable clock plus a raw client; tests close it in {@code @AfterEach}. */
final class StripeFixture implements AutoCloseable {

  static final Instant START = Instant.parse("2026-06-15T12:00:00Z");

  final MutableClock clock = new MutableClock(START);
  final StripeEmulator stripe;
  final StripeTestClient client;

  StripeFixture() {
    this(1000);
  }

  /** A high default limit so only the rate-limit tests meet the 25 req/s budget. */
  StripeFixture(int requestsPerSecond) {
    this(config -> config.withRequestsPerSecond(requestsPerSecond));
  }

  /** The defaults on this fixture's clock, adjusted by {@code customize}. */
  StripeFixture(UnaryOperator<StripeConfig> customize) {
    stripe =
        StripeEmulator.start(
            customize.apply(
                StripeConfig.defaults(StripeTestClient.KEY, clock).withRequestsPerSecond(1000)));
    client = new StripeTestClient(stripe.baseUri());
  }

  String customer(String form) {
    var r = client.post("/v1/customers", form);
    if (r.status() != 200) {
      throw new IllegalStateException("customer create failed: " + r.raw());
    }
    return r.json().get("id").asText();
  }

  String subscription(String customerId, long unitAmount) {
    var r =
        client.post(
            "/v1/subscriptions",
            "customer="
                + customerId
                + "&items[0][price_data][unit_amount]="
                + unitAmount
                + "&items[0][price_data][currency]=usd&items[0][price_data][product]=prod_Growth"
                + "&items[0][price_data][recurring][interval]=month");
    if (r.status() != 200) {
      throw new IllegalStateException("subscription create failed: " + r.raw());
    }
    return r.json().get("id").asText();
  }

  @Override
  public void close() {
    stripe.close();
  }
}
