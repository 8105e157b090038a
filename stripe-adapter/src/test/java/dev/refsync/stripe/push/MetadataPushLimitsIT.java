package dev.refsync.stripe.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.exception.StripeException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A change Stripe would refuse is refused here, before it costs a request, and never truncated. */
class MetadataPushLimitsIT {
  private final PushFixture p = new PushFixture();

  @AfterEach
  void stop() {
    p.close();
  }

  @Test
  void aValueOver500CharactersIsRefusedBeforeAnyRequest() throws StripeException {
    String cus = p.customer(Map.of("refsync_account_id", "acc_00001"));
    long requestsBefore = p.f.stripe.totalRequests();

    MetadataPushResult result =
        p.push.push(
            cus, Map.of("refsync_referral_id", "ref_1", "refsync_referrer", "n".repeat(501)));

    assertThat(result)
        .isInstanceOfSatisfying(
            MetadataPushResult.Refused.class,
            r ->
                assertThat(r.reason())
                    .contains("refsync_referrer", "501 characters", "Stripe allows 500"));
    assertThat(p.f.stripe.totalRequests()).isEqualTo(requestsBefore);
    assertThat(p.metadata(cus)).doesNotContainKeys("refsync_referrer", "refsync_referral_id");
  }

  @Test
  void aCustomerAtFiftyKeysRefusesAnAdditionalKeyWithoutAWrite() throws StripeException {
    Map<String, String> fifty = new HashMap<>();
    for (int i = 0; i < 50; i++) {
      fifty.put("finance_" + i, "v" + i);
    }
    String cus = p.customer(fifty);

    MetadataPushResult result = p.push.push(cus, Map.of("refsync_referral_id", "ref_1"));

    assertThat(result)
        .isInstanceOfSatisfying(
            MetadataPushResult.Refused.class,
            r -> {
              assertThat(r.violations())
                  .containsExactly(
                      new MetadataViolation("refsync_referral_id", MetadataLimit.KEY_COUNT, 51));
              assertThat(r.reason()).contains("refsync_referral_id", "51 keys", "Stripe allows 50");
            });
    assertThat(p.updates()).isZero();
    assertThat(p.metadata(cus)).hasSize(50).doesNotContainKey("refsync_referral_id");
  }

  @Test
  void aCustomerAtFiftyKeysStillAcceptsAChangedValue() throws StripeException {
    Map<String, String> fifty = new HashMap<>();
    for (int i = 0; i < 49; i++) {
      fifty.put("finance_" + i, "v" + i);
    }
    fifty.put("refsync_referrer", "Old Name");
    String cus = p.customer(fifty);

    MetadataPushResult result = p.push.push(cus, Map.of("refsync_referrer", "New Name"));

    assertThat(result).isInstanceOf(MetadataPushResult.Updated.class);
    assertThat(p.metadata(cus)).hasSize(50).containsEntry("refsync_referrer", "New Name");
  }
}
