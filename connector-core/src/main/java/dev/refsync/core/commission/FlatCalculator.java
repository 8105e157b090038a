package dev.refsync.core.commission;

import dev.refsync.core.plans.Reward;
import java.math.BigDecimal;
import java.util.Optional;

/** FLAT {amount}: once per (referral, account), in the first attributed deal's currency. */
final class FlatCalculator {
  private FlatCalculator() {}

  static Optional<Accrual> accrue(Reward.Flat flat, AccrualContext ctx) {
    BigDecimal share = ctx.conversion().share();
    String currency = ctx.conversion().firstDeal().currency();
    String how =
        "flat " + Amounts.money(flat.amount(), currency) + " × share " + Amounts.share(share);
    return Accruals.oneTime(ctx, flat.amount().multiply(share), how);
  }
}
