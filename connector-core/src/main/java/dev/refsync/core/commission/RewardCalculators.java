package dev.refsync.core.commission;

import dev.refsync.core.plans.Reward;
import java.util.List;

/** Picks the calculator of a plan's reward kind (DESIGN 5). */
final class RewardCalculators {
  private RewardCalculators() {}

  static List<Accrual> accrue(Reward reward, int conversionNumber, AccrualContext ctx) {
    if (reward instanceof Reward.Flat flat) {
      return FlatCalculator.accrue(flat, ctx).map(List::of).orElse(List.of());
    }
    if (reward instanceof Reward.PercentOfFirstYearAcv acv) {
      return AcvCalculator.accrue(acv.percent(), "", ctx).map(List::of).orElse(List.of());
    }
    if (reward instanceof Reward.RecurringPercent recurring) {
      return RecurringCalculator.accrue(recurring.percent(), recurring.months(), "", ctx);
    }
    return TieredCalculator.accrue((Reward.Tiered) reward, conversionNumber, ctx);
  }
}
