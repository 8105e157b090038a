package dev.refsync.core.commission;

import static dev.refsync.core.commission.Fixture.clawbacks;
import static dev.refsync.core.commission.Fixture.day;
import static dev.refsync.core.commission.Fixture.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.EntryKind;
import dev.refsync.core.model.EntryStatus;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChurnClawbackTest {
  private static final Plan ACV_CLAWBACK_90 =
      plan(
          "customer-acv",
          new Reward.PercentOfFirstYearAcv(new BigDecimal("10"), null),
          new Trigger.ClosedWon(),
          30,
          90);

  private static Fixture deal() {
    return Fixture.onePartner()
        .deal("d1", "a1", "12000", "USD", 12, day(10))
        .credit("d1", "r1", "1.000000");
  }

  @Test
  void aChurnWithinClawbackDaysReversesTheAccrualInFullAtTheChurnTime() {
    List<CommissionEntry> entries =
        deal().churn("a1", day(50)).churn("a1", day(70)).compute(day(200), ACV_CLAWBACK_90);

    assertThat(entries)
        .extracting(CommissionEntry::kind)
        .containsExactly(EntryKind.ACCRUAL, EntryKind.CLAWBACK);
    CommissionEntry accrual = entries.get(0);
    CommissionEntry clawback = entries.get(1);
    assertThat(clawback.amount()).isEqualTo(new BigDecimal("-1200.00"));
    assertThat(clawback.earnedAt()).isEqualTo(day(50));
    assertThat(clawback.payableAt()).isEqualTo(day(50));
    assertThat(clawback.status()).isEqualTo(EntryStatus.PAYABLE);
    assertThat(clawback.dealId()).isEqualTo("d1");
    assertThat(clawback.id()).isNotEqualTo(accrual.id());
    assertThat(clawback.explanation()).contains("churned at " + day(50), "within 90 clawback days");
  }

  @Test
  void isEmittedEvenWhileTheAccrualIsStillHeld() {
    List<CommissionEntry> entries = deal().churn("a1", day(20)).compute(day(25), ACV_CLAWBACK_90);

    assertThat(entries.get(0).status()).isEqualTo(EntryStatus.HELD);
    assertThat(clawbacks(entries)).hasSize(1);
  }

  @Test
  void theLastInstantOfTheClawbackPeriodCountsAndLaterChurnsDoNot() {
    assertThat(clawbacks(deal().churn("a1", day(100)).compute(day(200), ACV_CLAWBACK_90)))
        .hasSize(1);
    assertThat(
            clawbacks(
                deal().churn("a1", day(100).plusSeconds(1)).compute(day(200), ACV_CLAWBACK_90)))
        .isEmpty();
  }

  @Test
  void aChurnBeforeTheAccrualWasEarnedOrAfterTheEvaluationTimeDoesNotReverseIt() {
    assertThat(clawbacks(deal().churn("a1", day(9)).compute(day(200), ACV_CLAWBACK_90))).isEmpty();
    assertThat(clawbacks(deal().churn("a1", day(50)).compute(day(49), ACV_CLAWBACK_90))).isEmpty();
  }

  @Test
  void plansWithoutClawbackDaysAndRecurringRewardsAreNotReversedByChurn() {
    Plan noClawback =
        plan("flat", new Reward.Flat(new BigDecimal("100")), new Trigger.ClosedWon(), 0, null);
    Plan recurring =
        plan(
            "recurring",
            new Reward.RecurringPercent(new BigDecimal("10"), null, null),
            new Trigger.ClosedWon(),
            0,
            90);
    Fixture f = deal().payment("p1", "a1", "1000", "USD", day(12)).churn("a1", day(20));

    assertThat(clawbacks(f.compute(day(200), noClawback))).isEmpty();
    assertThat(clawbacks(f.compute(day(200), recurring))).isEmpty();
  }
}
