package dev.refsync.stripe.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.stripe.exception.StripeException;
import com.stripe.model.Customer;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerUpdateParams;
import dev.refsync.sandbox.stripe.StripeEndpoints;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A failed update is retried with the same Idempotency-Key: Stripe applies the change once, and an
 * attempt whose answer was lost after the write is answered from the idempotency store.
 */
class MetadataPushRetryIT {
  private static final Map<String, String> DESIRED =
      Map.of("refsync_referral_id", "ref_42", "refsync_referrer", "Acme Partners");

  private final PushFixture p = new PushFixture();

  @AfterEach
  void stop() {
    p.close();
  }

  @Test
  void a5xxOnTheUpdateIsRetriedAndTheChangeAppliedOnce() throws StripeException {
    String cus = p.customer(Map.of("refsync_account_id", "acc_00001"));
    p.f.stripe.faults().failNext(1, 503, StripeEndpoints.CUSTOMERS_UPDATE);

    MetadataPushResult result = p.push.push(cus, DESIRED);

    assertThat(result).isInstanceOf(MetadataPushResult.Updated.class);
    assertThat(p.updates()).isEqualTo(2);
    assertThat(p.updatedEvents(cus)).isEqualTo(1);
    assertThat(p.metadata(cus))
        .containsOnly(
            entry("refsync_account_id", "acc_00001"),
            entry("refsync_referral_id", "ref_42"),
            entry("refsync_referrer", "Acme Partners"));
  }

  @Test
  void aConnectionResetOnTheUpdateIsRetriedAndTheChangeAppliedOnce() throws StripeException {
    String cus = p.customer(Map.of("refsync_account_id", "acc_00001"));
    p.f.stripe.faults().resetNext(1, StripeEndpoints.CUSTOMERS_UPDATE);

    MetadataPushResult result = p.push.push(cus, DESIRED);

    assertThat(result).isInstanceOf(MetadataPushResult.Updated.class);
    assertThat(p.f.stripe.faults().pending()).isZero();
    assertThat(p.updates()).isEqualTo(2);
    assertThat(p.updatedEvents(cus)).isEqualTo(1);
    assertThat(p.metadata(cus)).containsEntry("refsync_referrer", "Acme Partners");
  }

  @Test
  void anAnswerLostAfterTheWriteIsReplayedByStripeNotAppliedTwice() throws StripeException {
    String cus = p.customer(Map.of("refsync_account_id", "acc_00001"));
    // The emulator runs the update, saves its answer under the key, then cuts the body.
    p.f.stripe.faults().malformNext(1, StripeEndpoints.CUSTOMERS_UPDATE);

    MetadataPushResult result = p.push.push(cus, DESIRED);

    MetadataPushResult.Updated updated = (MetadataPushResult.Updated) result;
    assertThat(updated.replayed()).isTrue();
    assertThat(p.updates()).isEqualTo(2);
    assertThat(p.updatedEvents(cus)).isEqualTo(1);
    assertThat(p.metadata(cus))
        .containsOnly(
            entry("refsync_account_id", "acc_00001"),
            entry("refsync_referral_id", "ref_42"),
            entry("refsync_referrer", "Acme Partners"));
  }

  @Test
  void theSameChangeSentAgainAfterACrashCarriesTheSameKeyAndIsReplayed() throws StripeException {
    String cus = p.customer(Map.of("refsync_account_id", "acc_00001"));
    MetadataChange change =
        MetadataChange.between(cus, p.metadata(cus), DESIRED); // computed before the crash
    MetadataPushResult.Updated first = (MetadataPushResult.Updated) p.push.push(cus, DESIRED);
    assertThat(first.idempotencyKey()).isEqualTo(change.idempotencyKey());
    assertThat(first.replayed()).isFalse();

    // A pusher that computed the change before the first write landed sends it again.
    Customer again =
        p.f
            .client()
            .v1()
            .customers()
            .update(
                cus,
                CustomerUpdateParams.builder().setMetadata(new TreeMap<>(change.updates())).build(),
                RequestOptions.builder().setIdempotencyKey(change.idempotencyKey()).build());

    assertThat(again.getLastResponse().headers().firstValue("Idempotent-Replayed"))
        .contains("true");
    assertThat(p.updatedEvents(cus)).isEqualTo(1);
  }
}
