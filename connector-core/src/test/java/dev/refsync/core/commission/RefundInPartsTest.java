package dev.refsync.core.commission;

import static dev.refsync.core.commission.Fixture.accruals;
import static dev.refsync.core.commission.Fixture.clawbacks;
import static dev.refsync.core.commission.Fixture.day;
import static dev.refsync.core.commission.Fixture.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A payment refunded in full, in several parts, reverses its recurring entry in full (DESIGN 5: "in
 * proportion refund.amount / payment.amount"): the parts' proportions add up to 1, so their rounded
 * clawbacks must add up to the whole entry, not leave a cent behind.
 */
class RefundInPartsTest {
  private static final Plan RECURRING =
      plan(
          "partner-recurring",
          new Reward.RecurringPercent(new BigDecimal("10"), null, null),
          new Trigger.ClosedWon());

  @Test
  void threeThirdsOfAPaymentReverseTheWholeEntry() {
    List<CommissionEntry> entries =
        Fixture.onePartner()
            .deal("d1", "a1", "12000", "USD", 12, day(10))
            .credit("d1", "r1", "1.000000")
            .payment("p1", "a1", "10.00", "USD", day(15))
            .refund("f1", "p1", "3.33", day(20))
            .refund("f2", "p1", "3.33", day(21))
            .refund("f3", "p1", "3.34", day(22))
            .compute(day(100), RECURRING);

    assertThat(accruals(entries))
        .extracting(CommissionEntry::amount)
        .containsExactly(new BigDecimal("1.00"));
    // Each is the rounded reversal of everything refunded so far, less what was already reversed:
    // 0.333 -> 0.33, 0.666 -> 0.67 (0.34 more), 1.00 (0.33 more).
    assertThat(clawbacks(entries))
        .extracting(CommissionEntry::amount)
        .containsExactly(new BigDecimal("-0.33"), new BigDecimal("-0.34"), new BigDecimal("-0.33"));
  }
}
