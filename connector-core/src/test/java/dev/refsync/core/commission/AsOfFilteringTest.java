package dev.refsync.core.commission;

import static dev.refsync.core.commission.Fixture.clawbacks;
import static dev.refsync.core.commission.Fixture.day;
import static dev.refsync.core.commission.Fixture.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AsOfFilteringTest {
  private static final Plan RECURRING =
      plan(
          "recurring",
          new Reward.RecurringPercent(new BigDecimal("10"), null, null),
          new Trigger.ClosedWon(),
          0,
          null);

  @Test
  void paymentsAfterTheEvaluationTimeEarnNothingYet() {
    Fixture f =
        Fixture.onePartner()
            .deal("d1", "a1", "12000", "USD", 12, day(1))
            .credit("d1", "r1", "1.000000")
            .payment("p1", "a1", "1000", "USD", day(10))
            .payment("p2", "a1", "1000", "USD", day(40));

    assertThat(f.compute(day(39), RECURRING))
        .extracting(CommissionEntry::paymentId)
        .containsExactly("p1");
    assertThat(f.compute(day(40), RECURRING))
        .extracting(CommissionEntry::paymentId)
        .containsExactly("p1", "p2");
  }

  @Test
  void aDealClosedAfterTheEvaluationTimeEarnsNothingEvenIfAttributed() {
    Fixture f =
        Fixture.onePartner()
            .deal("d1", "a1", "12000", "USD", 12, day(50))
            .credit("d1", "r1", "1.000000");

    assertThat(
            f.compute(
                day(49),
                plan("flat", new Reward.Flat(new BigDecimal("1")), new Trigger.ClosedWon())))
        .isEmpty();
  }

  @Test
  void refundsAndChurnsAfterTheEvaluationTimeReverseNothingYet() {
    Plan acv =
        plan(
            "acv",
            new Reward.PercentOfFirstYearAcv(new BigDecimal("10"), null),
            new Trigger.FirstPayment(),
            0,
            90);
    Fixture f =
        Fixture.onePartner()
            .deal("d1", "a1", "12000", "USD", 12, day(1))
            .credit("d1", "r1", "1.000000")
            .payment("p1", "a1", "1000", "USD", day(10))
            .refund("f1", "p1", "1000", day(30))
            .churn("a1", day(20));

    assertThat(clawbacks(f.compute(day(19), acv))).isEmpty();
    assertThat(clawbacks(f.compute(day(20), acv)))
        .extracting(CommissionEntry::earnedAt)
        .containsExactly(day(20));
  }
}
