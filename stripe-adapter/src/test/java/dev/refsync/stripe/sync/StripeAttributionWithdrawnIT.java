package dev.refsync.stripe.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.DealStage;
import dev.refsync.core.port.PulledRecord;
import dev.refsync.sandbox.stripe.StripeSeedSpec;
import dev.refsync.stripe.StripeEmulatorFixture;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A referred customer whose deal leaves CLOSED_WON sheds the referral metadata in Stripe. */
class StripeAttributionWithdrawnIT {
  private final StripeEmulatorFixture f =
      new StripeEmulatorFixture(new StripeSeedSpec(41, 4, 2, 0, 0, 0));
  private final StripePipeline pipeline = new StripePipeline(f);
  private final CrmWorld crm = new CrmWorld(f.state());

  @AfterEach
  void stop() {
    pipeline.close();
    f.close();
  }

  @Test
  void theCustomerLosesItsReferralKeysAndKeepsItsOwn() {
    crm.ingest(pipeline.pull, f.clock.instant());
    pipeline.cycle();
    CrmWorld.Customer referred =
        crm.byCustomer.values().stream()
            .filter(c -> c.referrer() != null && !c.accountId().startsWith("crm_"))
            .findFirst()
            .orElseThrow();
    assertThat(metadata(referred.customerId()).path("refsync_referral_id").asText())
        .isEqualTo(referred.referralId());

    f.clock.advance(Duration.ofMinutes(11));
    String deal = "deal_" + referred.accountId();
    pipeline.pull.ingest(
        CrmWorld.CONNECTION,
        List.of(
            PulledRecord.live(
                "deals",
                deal,
                f.clock.instant(),
                List.of(
                    new Deal(
                        deal,
                        referred.accountId(),
                        new BigDecimal("12000.00"),
                        "USD",
                        12,
                        DealStage.CLOSED_LOST,
                        referred.created(),
                        referred.created(),
                        List.of())))),
        List.of());
    pipeline.cycle();

    JsonNode metadata = metadata(referred.customerId());
    assertThat(metadata.has("refsync_referral_id")).isFalse();
    assertThat(metadata.has("refsync_referrer")).isFalse();
    // Keys Refsync does not write stay as they were.
    assertThat(metadata.path("refsync_account_id").asText()).isEqualTo(referred.accountId());
  }

  private JsonNode metadata(String customerId) {
    for (JsonNode c : f.state().get("customers")) {
      if (c.get("id").asText().equals(customerId)) {
        return c.path("metadata");
      }
    }
    throw new IllegalStateException("no customer " + customerId);
  }
}
