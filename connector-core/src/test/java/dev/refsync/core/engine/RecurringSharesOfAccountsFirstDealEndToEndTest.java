package dev.refsync.core.engine;

import static dev.refsync.core.engine.World.day;
import static dev.refsync.core.engine.World.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.plans.AttributionModel;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RECURRING_PERCENT pays on the account's payments with "the shares of the account's first
 * attributed CLOSED_WON deal" (DESIGN 5): a referral credited only on a later deal of the same
 * account has no share of them, so one payment is never paid out twice.
 */
class RecurringSharesOfAccountsFirstDealEndToEndTest {
  private static Plan recurring(Reward reward) {
    return plan(
        "partner-recurring", ReferrerType.PARTNER, reward, new Trigger.FirstPayment(), 0, null);
  }

  /**
   * FIRST_REFERRAL: d1 (day 10) goes to r1. On d2 (day 93) r1 is outside its 90-day window, so r2
   * (day 5) is credited on d2 alone.
   */
  private static World world() {
    return new World()
        .referrer("p1", ReferrerType.PARTNER)
        .referrer("p2", ReferrerType.PARTNER)
        .account("a1", "acme.com")
        .referral("r1", "p1", "acme.com", day(0))
        .referral("r2", "p2", "acme.com", day(5))
        .wonDeal("d1", "a1", "12000", 12, day(10))
        .wonDeal("d2", "a1", "6000", 12, day(93))
        .payment("pay1", "a1", "1000", day(15))
        .payment("pay2", "a1", "1000", day(100));
  }

  private static void assertOnlyFirstDealsCreditsArePaid(EngineResult result) {
    assertThat(result.attributions())
        .extracting(a -> a.dealId() + ":" + a.credits().get(0).referralId())
        .containsExactly("d1:r1", "d2:r2");
    assertThat(result.commissions())
        .extracting(
            CommissionEntry::referralId, CommissionEntry::paymentId, CommissionEntry::amount)
        .containsExactly(
            tuple("r1", "pay1", new BigDecimal("250.00")),
            tuple("r1", "pay2", new BigDecimal("250.00")));
  }

  @Test
  void recurringPercent() {
    EngineResult result =
        world()
            .evaluate(
                day(120),
                World.rules(AttributionModel.FIRST_REFERRAL),
                recurring(new Reward.RecurringPercent(new BigDecimal("25"), null, null)));

    assertOnlyFirstDealsCreditsArePaid(result);
  }

  @Test
  void tieredOnPayments() {
    Reward tiered =
        new Reward.Tiered(
            List.of(new Reward.Tier(1, new BigDecimal("25"))), Reward.Basis.PAYMENTS, null, null);

    EngineResult result =
        world().evaluate(day(120), World.rules(AttributionModel.FIRST_REFERRAL), recurring(tiered));

    assertOnlyFirstDealsCreditsArePaid(result);
  }
}
