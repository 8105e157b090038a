package dev.refsync.stripe.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.param.SubscriptionCreateParams;
import dev.refsync.core.model.AccountLink;
import dev.refsync.core.model.Payment;
import dev.refsync.core.port.PullBatch;
import dev.refsync.core.port.PulledRecord;
import dev.refsync.core.store.Cursor;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.sandbox.stripe.StripeEndpoints;
import dev.refsync.sandbox.stripe.StripeSeedSpec;
import dev.refsync.stripe.StripeEmulatorFixture;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link StripeSource} against the emulator: when it backfills, what it reads, how it resumes. */
class StripeSourceIT {
  private final StripeEmulatorFixture f =
      new StripeEmulatorFixture(new StripeSeedSpec(5, 6, 3, 1, 0, 1));
  private final StripeRuntime runtime =
      StripeRuntime.create(
          "stripe-main",
          f.config(),
          DefaultMappings.load(SystemName.STRIPE),
          f.clock,
          StripeEmulatorFixture.calls());
  private final StripeSource source = runtime.source();

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void theFirstPullBackfillsFromTheListEndpointsAndResumesTheFeedFromThen() {
    PullBatch batch = source.pull(StripeSource.EVENTS, Optional.empty());

    assertThat(batch.more()).isTrue();
    assertThat(batch.next()).isEqualTo(new Cursor(f.clock.instant(), "000000:"));
    assertThat(batch.records())
        .filteredOn(r -> r.objectType().equals("invoice"))
        .hasSize(f.seeded.paidInvoices().size())
        .allSatisfy(r -> assertThat(r.canonical()).singleElement().isInstanceOf(Payment.class))
        .allSatisfy(r -> assertThat(r.modifiedAt()).isEqualTo(f.clock.instant()));
    assertThat(batch.records())
        .filteredOn(r -> r.objectType().equals("customer"))
        .hasSize(6)
        .allSatisfy(
            r ->
                assertThat(r.canonical())
                    .singleElement()
                    .isInstanceOfSatisfying(
                        AccountLink.class,
                        link -> {
                          assertThat(link.id()).isEqualTo(r.externalId());
                          assertThat(link.domain()).isEqualTo(link.email().split("@")[1]);
                        }));
    assertThat(f.requests(StripeEndpoints.EVENTS_LIST)).isZero();
    // Canceled subscriptions, then every subscription once for the churn check (not one request
    // per canceled subscription).
    assertThat(f.seeded.canceledSubscriptionIds()).isNotEmpty();
    assertThat(f.requests(StripeEndpoints.SUBSCRIPTIONS_LIST)).isEqualTo(2);
    assertThat(runtime.requestCounts())
        .containsEntry("GET /v1/customers", f.requests(StripeEndpoints.CUSTOMERS_LIST))
        .containsEntry("GET /v1/invoices", f.requests(StripeEndpoints.INVOICES_LIST))
        .doesNotContainKey("GET /v1/events");
  }

  @Test
  void anInvoiceTheMappingCannotReadIsDeadLetteredAndTheRestOfThePageIsKept() throws Exception {
    Cursor after = source.pull(StripeSource.EVENTS, Optional.empty()).next();
    f.clock.advance(Duration.ofMinutes(1));
    String customer = f.seeded.customerIds().get(0);
    String odd = subscription(customer, "zzz");
    String usual = subscription(customer, "usd");
    f.stripe.payInvoice(odd);
    f.stripe.payInvoice(usual);

    PullBatch batch = source.pull(StripeSource.EVENTS, Optional.of(after));

    assertThat(batch.rejected())
        .singleElement()
        .satisfies(
            dead -> {
              assertThat(dead.system()).isEqualTo("stripe-main");
              assertThat(dead.objectType()).isEqualTo("invoice");
              assertThat(dead.error()).contains("invoice.paid").contains("zzz");
              assertThat(dead.payload()).contains(dead.recordId());
            });
    assertThat(batch.records())
        .filteredOn(r -> r.objectType().equals("invoice"))
        .singleElement()
        .satisfies(r -> assertThat(r.canonical()).singleElement().isInstanceOf(Payment.class));
    assertThat(batch.next()).isGreaterThan(after);
  }

  private String subscription(String customer, String currency) throws Exception {
    return f.client()
        .v1()
        .subscriptions()
        .create(
            SubscriptionCreateParams.builder()
                .setCustomer(customer)
                .addItem(
                    SubscriptionCreateParams.Item.builder()
                        .setPriceData(
                            SubscriptionCreateParams.Item.PriceData.builder()
                                .setCurrency(currency)
                                .setProduct("prod_Growth")
                                .setUnitAmount(5_000L)
                                .setRecurring(
                                    SubscriptionCreateParams.Item.PriceData.Recurring.builder()
                                        .setInterval(
                                            SubscriptionCreateParams.Item.PriceData.Recurring
                                                .Interval.MONTH)
                                        .build())
                                .build())
                        .build())
                .build())
        .getId();
  }

  @Test
  void aCursorOlderThanTheEventRetentionBackfillsAgain() {
    Cursor stale = new Cursor(f.clock.instant().minus(Duration.ofDays(31)), "000000:");

    PullBatch batch = source.pull(StripeSource.EVENTS, Optional.of(stale));

    assertThat(batch.more()).isTrue();
    assertThat(batch.records()).extracting(PulledRecord::objectType).contains("customer");
    assertThat(f.requests(StripeEndpoints.CUSTOMERS_LIST)).isEqualTo(1);
  }

  @Test
  void aCaughtUpReadIsOneRequestAndKeepsTheCursorRecent() {
    Cursor caughtUp = source.pull(StripeSource.EVENTS, Optional.empty()).next();
    f.clock.advance(Duration.ofDays(10));
    long before = f.stripe.totalRequests();

    PullBatch batch = source.pull(StripeSource.EVENTS, Optional.of(caughtUp));

    assertThat(f.stripe.totalRequests() - before).isEqualTo(1);
    assertThat(runtime.requestCounts()).containsEntry("GET /v1/events", 1L);
    assertThat(batch.records()).isEmpty();
    assertThat(batch.more()).isFalse();
    // Nothing happened for ten days: the cursor follows the clock (less the settle time), so a
    // quiet account never falls outside the 30-day retention and re-reads its history.
    assertThat(batch.next())
        .isEqualTo(new Cursor(f.clock.instant().minus(EventCursorCodec.SETTLE), "000000:"));
  }
}
