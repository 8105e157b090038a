package dev.refsync.core.engine;

import static dev.refsync.core.engine.World.day;
import static dev.refsync.core.engine.World.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.EntryKind;
import dev.refsync.core.model.EntryStatus;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A churn within clawbackDays of earning reverses a one-time reward in full (DESIGN 5). */
class ChurnClawbackEndToEndTest {
  private static final Plan ACV =
      plan(
          "customer-acv",
          ReferrerType.CUSTOMER,
          new Reward.PercentOfFirstYearAcv(new BigDecimal("10"), new BigDecimal("5000")),
          new Trigger.ClosedWon(),
          0,
          90);

  private static World world(long churnDay) {
    return new World()
        .referrer("c1", ReferrerType.CUSTOMER)
        .account("a1", "acme.com")
        .referral("r1", "c1", "acme.com", day(0))
        .wonDeal("d1", "a1", "12000", 12, day(10))
        .churn("a1", day(churnDay));
  }

  @Test
  void churnWithinClawbackDaysReversesTheRewardInFullAtTheChurnTime() {
    EngineResult result = world(100).evaluate(day(200), ACV);

    CommissionEntry accrual = World.accruals(result).get(0);
    assertThat(result.commissions())
        .extracting(
            CommissionEntry::kind,
            CommissionEntry::amount,
            CommissionEntry::earnedAt,
            CommissionEntry::payableAt,
            CommissionEntry::status)
        .containsExactly(
            tuple(
                EntryKind.ACCRUAL,
                new BigDecimal("1200.00"),
                day(10),
                day(10),
                EntryStatus.PAYABLE),
            tuple(
                EntryKind.CLAWBACK,
                new BigDecimal("-1200.00"),
                day(100),
                day(100),
                EntryStatus.PAYABLE));
    assertThat(World.clawbacks(result).get(0))
        .usingRecursiveComparison()
        .comparingOnlyFields(
            "planId", "referralId", "referrerId", "dealId", "paymentId", "currency")
        .isEqualTo(accrual);
  }

  @Test
  void churnAfterClawbackDaysKeepsTheReward() {
    EngineResult result = world(101).evaluate(day(200), ACV);

    assertThat(result.commissions())
        .extracting(CommissionEntry::kind)
        .containsExactly(EntryKind.ACCRUAL);
  }

  @Test
  void churnAfterTheEvaluationTimeIsIgnored() {
    EngineResult result = world(100).evaluate(day(99), ACV);

    assertThat(result.commissions())
        .extracting(CommissionEntry::kind)
        .containsExactly(EntryKind.ACCRUAL);
  }
}
