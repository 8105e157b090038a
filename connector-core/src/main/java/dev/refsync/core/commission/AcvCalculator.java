package dev.refsync.core.commission;

import dev.refsync.core.model.Deal;
import java.math.BigDecimal;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A percent of the first attributed deal's first-year ACV, once per (referral, account): used by
 * PERCENT_OF_FIRST_YEAR_ACV and TIERED with basis ACV (DESIGN 5).
 */
final class AcvCalculator {
  private static final Logger LOG = LoggerFactory.getLogger(AcvCalculator.class);
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  private AcvCalculator() {}

  /**
   * {@code min(amount, amount × 12 / termMonths)}: a 24-month 24,000 deal has 12,000, a 6-month
   * 6,000 deal has 6,000 (a contract shorter than a year is not annualized upwards).
   */
  static BigDecimal firstYearAcv(Deal deal) {
    BigDecimal acv =
        deal.amount()
            .multiply(TWELVE)
            .divide(BigDecimal.valueOf(deal.termMonths()), Amounts.PRECISION);
    return deal.amount().min(acv);
  }

  /**
   * @param label prefix saying where the percent came from, e.g. "tier of conversion #3: ", or ""
   */
  static Optional<Accrual> accrue(BigDecimal percent, String label, AccrualContext ctx) {
    Deal deal = ctx.conversion().firstDeal();
    if (deal.amount() == null) {
      LOG.warn(
          "Deal {} is closed-won and credited to referral {} but has no amount: plan {} pays a"
              + " percent of its ACV, so nothing is computed until the amount is set in its source"
              + " system",
          deal.id(),
          ctx.conversion().referralId(),
          ctx.plan().id());
      return Optional.empty();
    }
    BigDecimal base = firstYearAcv(deal);
    BigDecimal share = ctx.conversion().share();
    String how =
        label
            + Amounts.percent(percent)
            + " of first-year ACV "
            + Amounts.money(base, deal.currency())
            + " × share "
            + Amounts.share(share);
    return Accruals.oneTime(ctx, Amounts.percentOf(percent, base, share), how);
  }
}
