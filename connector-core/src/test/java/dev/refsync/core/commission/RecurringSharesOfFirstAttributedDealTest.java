package dev.refsync.core.commission;

import static dev.refsync.core.commission.Fixture.day;
import static dev.refsync.core.commission.Fixture.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * DESIGN 5, RECURRING_PERCENT: "The shares are those of the account's first attributed CLOSED_WON
 * deal." Credits on a later deal of the same account take no share of its payments.
 */
class RecurringSharesOfFirstAttributedDealTest {
  private static final Plan RECURRING =
      plan(
          "partner-recurring",
          new Reward.RecurringPercent(new BigDecimal("10"), null, null),
          new Trigger.ClosedWon());

  @Test
  void referralCreditedOnlyOnALaterDealOfTheAccountSharesNoPayment() {
    Fixture f =
        new Fixture()
            .referrer("p1", ReferrerType.PARTNER)
            .referrer("p2", ReferrerType.PARTNER)
            .referral("r1", "p1")
            .referral("r2", "p2")
            .deal("d1", "a1", "10000", "USD", 12, day(10))
            .deal("d2", "a1", "10000", "USD", 12, day(40))
            .credit("d1", "r1", "0.600000")
            .credit("d1", "r2", "0.400000")
            .credit("d2", "r2", "1.000000")
            .payment("pay1", "a1", "1000", "USD", day(20))
            .payment("pay2", "a1", "1000", "USD", day(50));

    assertThat(f.compute(day(100), RECURRING))
        .extracting(
            CommissionEntry::referralId,
            CommissionEntry::paymentId,
            CommissionEntry::dealId,
            CommissionEntry::amount)
        .containsExactlyInAnyOrder(
            tuple("r1", "pay1", "d1", new BigDecimal("60.00")),
            tuple("r2", "pay1", "d1", new BigDecimal("40.00")),
            tuple("r1", "pay2", "d1", new BigDecimal("60.00")),
            tuple("r2", "pay2", "d1", new BigDecimal("40.00")));
  }

  @Test
  void laterDealCreditsAloneShareNothing() {
    Fixture f =
        new Fixture()
            .referrer("p1", ReferrerType.PARTNER)
            .referrer("p2", ReferrerType.PARTNER)
            .referral("r1", "p1")
            .referral("r2", "p2")
            .deal("d1", "a1", "10000", "USD", 12, day(10))
            .deal("d2", "a1", "10000", "USD", 12, day(40))
            .credit("d1", "r1", "1.000000")
            .credit("d2", "r2", "1.000000")
            .payment("pay2", "a1", "1000", "USD", day(50));

    assertThat(f.compute(day(100), RECURRING))
        .extracting(CommissionEntry::referralId, CommissionEntry::amount)
        .containsExactly(tuple("r1", new BigDecimal("100.00")));
  }
}
