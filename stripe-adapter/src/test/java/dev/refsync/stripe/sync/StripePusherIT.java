package dev.refsync.stripe.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.error.RetryDecision;
import dev.refsync.core.port.PushFailure;
import dev.refsync.core.port.PushOutcome;
import dev.refsync.core.store.OutboxItem;
import dev.refsync.core.store.OutboxRow;
import dev.refsync.core.store.OutboxStatus;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.sandbox.stripe.StripeSeedSpec;
import dev.refsync.stripe.StripeEmulatorFixture;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link StripePusher}: each row's own fate, with Stripe's error and the classifier's decision. */
class StripePusherIT {
  private final StripeEmulatorFixture f =
      new StripeEmulatorFixture(new StripeSeedSpec(3, 2, 1, 0, 0, 0));
  private final StripePusher pusher =
      StripeRuntime.create(
              "stripe-main",
              f.config(),
              DefaultMappings.load(SystemName.STRIPE),
              f.clock,
              StripeEmulatorFixture.calls())
          .pusher();

  @AfterEach
  void stop() {
    f.close();
  }

  private OutboxRow row(long id, String customer, Map<String, String> metadata) {
    return new OutboxRow(
        id,
        new OutboxItem(
            "stripe-main",
            CustomerMetadataWrite.TARGET_TYPE,
            customer,
            new CustomerMetadataWrite(customer, new TreeMap<>(metadata)).toJson()),
        1,
        f.clock.instant(),
        0,
        f.clock.instant(),
        OutboxStatus.PENDING,
        null);
  }

  @Test
  void anUnknownCustomerFailsItsRowPermanentlyWithStripesErrorAndTheOthersGoThrough() {
    String known = f.seeded.customerIds().get(0);
    OutboxRow good = row(1, known, Map.of("refsync_referral_id", "ref_1"));
    OutboxRow missing = row(2, "cus_does_not_exist", Map.of("refsync_referral_id", "ref_2"));
    OutboxRow tooLong = row(3, known, Map.of("refsync_referrer", "x".repeat(501)));

    PushOutcome outcome = pusher.push("customer", List.of(good, missing, tooLong));

    assertThat(outcome.accepted()).containsExactly(good);
    assertThat(outcome.failed()).extracting(PushFailure::row).containsExactly(missing, tooLong);
    assertThat(outcome.failed())
        .allSatisfy(failure -> assertThat(failure.decision()).isEqualTo(RetryDecision.PERMANENT));
    assertThat(outcome.failed().get(0).error())
        .contains("HTTP 404")
        .contains("resource_missing")
        .contains("cus_does_not_exist");
    assertThat(outcome.failed().get(1).error()).contains("refsync_referrer").contains("500");
    assertThat(f.state().get("customers"))
        .filteredOn(c -> c.get("id").asText().equals(known))
        .singleElement()
        .satisfies(
            c -> assertThat(c.at("/metadata/refsync_referral_id").asText()).isEqualTo("ref_1"));
  }

  @Test
  void aRowThatIsNotAMetadataWriteIsDeadLetteredNamingTheRow() {
    OutboxRow garbage =
        new OutboxRow(
            7,
            new OutboxItem("stripe-main", "customer", "cus_x", "{\"nope\":true}"),
            1,
            f.clock.instant(),
            0,
            f.clock.instant(),
            OutboxStatus.PENDING,
            null);

    PushOutcome outcome = pusher.push("customer", List.of(garbage));

    assertThat(outcome.failed())
        .singleElement()
        .satisfies(
            failure -> {
              assertThat(failure.decision()).isEqualTo(RetryDecision.PERMANENT);
              assertThat(failure.error()).contains("outbox row 7");
            });
  }
}
