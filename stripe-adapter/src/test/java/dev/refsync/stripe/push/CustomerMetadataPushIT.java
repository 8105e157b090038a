package dev.refsync.stripe.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.stripe.exception.StripeException;
import dev.refsync.core.model.Channel;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.mappings.writeback.WriteBackMapper;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Attribution reaches the Stripe customer through the mapping's keys; the customer's other keys
 * survive; an up-to-date customer costs no write.
 */
class CustomerMetadataPushIT {
  private final PushFixture p = new PushFixture();
  private final CustomerMetadata mapping =
      new CustomerMetadata(new WriteBackMapper(DefaultMappings.load(SystemName.STRIPE)));

  @AfterEach
  void stop() {
    p.close();
  }

  private Map<String, String> desired(String referrerName) {
    return mapping.of(
        new Referral(
            "ref_42",
            "rfr_7",
            "ana@buyer.com",
            "buyer.com",
            "Buyer Inc",
            null,
            Channel.LINK,
            Instant.parse("2026-05-01T10:00:00Z"),
            null),
        new Referrer("rfr_7", ReferrerType.PARTNER, referrerName, null, null, null));
  }

  @Test
  void theFirstPushSetsBothKeysAndKeepsTheCustomersOtherKeys() throws StripeException {
    String cus =
        p.customer(Map.of("refsync_account_id", "acc_00001", "finance_cost_center", "CC-9"));

    MetadataPushResult result = p.push.push(cus, desired("Acme Partners"));

    assertThat(result).isInstanceOf(MetadataPushResult.Updated.class);
    assertThat(p.metadata(cus))
        .containsOnly(
            entry("refsync_account_id", "acc_00001"),
            entry("finance_cost_center", "CC-9"),
            entry("refsync_referral_id", "ref_42"),
            entry("refsync_referrer", "Acme Partners"));
    assertThat(p.updates()).isEqualTo(1);
    assertThat(p.updatedEvents(cus)).isEqualTo(1);
  }

  @Test
  void theSecondIdenticalPushMakesNoUpdateRequest() throws StripeException {
    String cus = p.customer(Map.of("refsync_account_id", "acc_00001"));
    p.push.push(cus, desired("Acme Partners"));
    long updatesAfterFirst = p.updates();

    MetadataPushResult second = p.push.push(cus, desired("Acme Partners"));

    assertThat(second).isEqualTo(new MetadataPushResult.Unchanged(cus));
    assertThat(p.updates()).isEqualTo(updatesAfterFirst).isEqualTo(1);
    assertThat(p.updatedEvents(cus)).isEqualTo(1);
  }

  @Test
  void aChangedReferrerSendsOnlyThatKey() throws StripeException {
    String cus = p.customer(Map.of("refsync_account_id", "acc_00001"));
    p.push.push(cus, desired("Acme"));

    MetadataPushResult result = p.push.push(cus, desired("Acme Partners GmbH"));

    assertThat(result)
        .isInstanceOfSatisfying(
            MetadataPushResult.Updated.class,
            u ->
                assertThat(u.sent()).containsOnly(entry("refsync_referrer", "Acme Partners GmbH")));
    assertThat(p.metadata(cus))
        .containsEntry("refsync_referrer", "Acme Partners GmbH")
        .containsEntry("refsync_referral_id", "ref_42")
        .containsEntry("refsync_account_id", "acc_00001");
  }

  @Test
  void aReferrerLosingItsNameRemovesTheKeyFromTheCustomer() throws StripeException {
    String cus = p.customer(Map.of("refsync_account_id", "acc_00001"));
    p.push.push(cus, desired("Acme"));

    p.push.push(cus, desired(null));

    assertThat(p.metadata(cus))
        .containsOnly(
            entry("refsync_account_id", "acc_00001"), entry("refsync_referral_id", "ref_42"));
  }
}
