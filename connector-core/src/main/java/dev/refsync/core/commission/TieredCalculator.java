package dev.refsync.core.commission;

import dev.refsync.core.plans.Reward;
import java.math.BigDecimal;
import java.util.List;

/**
 * TIERED: the percent of the tier reached by this referral's position n among its referrer's
 * conversions, applied on the ACV or the payments basis (DESIGN 5).
 */
final class TieredCalculator {
  private TieredCalculator() {}

  static List<Accrual> accrue(Reward.Tiered tiered, int conversionNumber, AccrualContext ctx) {
    BigDecimal percent = tiered.percentFor(conversionNumber);
    String label = "tier of conversion #" + conversionNumber + ": ";
    if (tiered.basis() == Reward.Basis.ACV) {
      return AcvCalculator.accrue(percent, label, ctx).map(List::of).orElse(List.of());
    }
    return RecurringCalculator.accrue(percent, tiered.months(), label, ctx);
  }
}
