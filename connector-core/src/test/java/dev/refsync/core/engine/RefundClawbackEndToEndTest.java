package dev.refsync.core.engine;

import static dev.refsync.core.engine.World.day;
import static dev.refsync.core.engine.World.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.EntryStatus;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A refund reverses the entry earned on the payment, in proportion (DESIGN 5). */
class RefundClawbackEndToEndTest {
  private static final Plan PARTNER =
      plan(
          "partner-recurring",
          ReferrerType.PARTNER,
          new Reward.RecurringPercent(new BigDecimal("25"), 12, null),
          new Trigger.FirstPayment(),
          30,
          90);

  @Test
  void refundOfHalfAPaymentClawsBackHalfOfThatPaymentsEntry() {
    World world =
        new World()
            .referrer("p1", ReferrerType.PARTNER)
            .account("a1", "acme.com")
            .referral("r1", "p1", "acme.com", day(0))
            .wonDeal("d1", "a1", "12000", 12, day(10))
            .payment("pay1", "a1", "1000.00", day(15))
            .payment("pay2", "a1", "1000.00", day(45))
            .refund("re1", "pay2", "500.00", day(50));

    EngineResult result = world.evaluate(day(60), PARTNER);

    List<CommissionEntry> clawbacks = World.clawbacks(result);
    assertThat(clawbacks).hasSize(1);
    CommissionEntry clawback = clawbacks.get(0);
    CommissionEntry reversed =
        World.accruals(result).stream()
            .filter(e -> "pay2".equals(e.paymentId()))
            .findFirst()
            .orElseThrow();
    assertThat(clawback.amount()).isEqualTo(new BigDecimal("-125.00"));
    assertThat(clawback.earnedAt()).isEqualTo(day(50));
    assertThat(clawback.payableAt()).isEqualTo(day(50));
    // Still held, yet the reversal shows in the ledger and is never held itself.
    assertThat(reversed.status()).isEqualTo(EntryStatus.HELD);
    assertThat(clawback.status()).isEqualTo(EntryStatus.PAYABLE);
    assertThat(clawback)
        .usingRecursiveComparison()
        .comparingOnlyFields(
            "planId", "referralId", "referrerId", "dealId", "paymentId", "currency")
        .isEqualTo(reversed);
  }
}
