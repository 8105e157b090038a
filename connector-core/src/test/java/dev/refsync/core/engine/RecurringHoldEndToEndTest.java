package dev.refsync.core.engine;

import static dev.refsync.core.engine.World.day;
import static dev.refsync.core.engine.World.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.EntryStatus;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * RECURRING_PERCENT with a FIRST_PAYMENT trigger and holdDays 30: each payment's entry is HELD for
 * 30 days after it was earned, PAYABLE from then on (DESIGN 5 "holdDays").
 */
class RecurringHoldEndToEndTest {
  private static final Plan PARTNER =
      plan(
          "partner-recurring",
          ReferrerType.PARTNER,
          new Reward.RecurringPercent(new BigDecimal("25"), 12, null),
          new Trigger.FirstPayment(),
          30,
          90);

  private static World world() {
    return new World()
        .referrer("p1", ReferrerType.PARTNER)
        .account("a1", "acme.com")
        .referral("r1", "p1", "acme.com", day(0))
        .wonDeal("d1", "a1", "12000", 12, day(10))
        .payment("pay-before-close", "a1", "999", day(5))
        .payment("pay1", "a1", "1000", day(15))
        .payment("pay2", "a1", "1000", day(46));
  }

  @Test
  void entryIsHeldUntilHoldDaysAfterEarningThenPayable() {
    EngineResult result = world().evaluate(day(50), PARTNER);

    assertThat(result.commissions())
        .extracting(
            CommissionEntry::paymentId,
            CommissionEntry::amount,
            CommissionEntry::earnedAt,
            CommissionEntry::payableAt,
            CommissionEntry::status)
        .containsExactly(
            tuple("pay1", new BigDecimal("250.00"), day(15), day(45), EntryStatus.PAYABLE),
            tuple("pay2", new BigDecimal("250.00"), day(46), day(76), EntryStatus.HELD));
  }

  @Test
  void payableExactlyAtPayableAt() {
    EngineResult result = world().evaluate(day(45), PARTNER);

    assertThat(result.commissions())
        .extracting(CommissionEntry::paymentId, CommissionEntry::status)
        .containsExactly(tuple("pay1", EntryStatus.PAYABLE));
  }

  @Test
  void heldOneDayBeforePayableAt() {
    EngineResult result = world().evaluate(day(44), PARTNER);

    assertThat(result.commissions())
        .extracting(CommissionEntry::paymentId, CommissionEntry::status)
        .containsExactly(tuple("pay1", EntryStatus.HELD));
  }
}
