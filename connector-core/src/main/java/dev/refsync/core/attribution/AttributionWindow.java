package dev.refsync.core.attribution;

import dev.refsync.core.model.Deal;
import dev.refsync.core.model.Money;
import dev.refsync.core.plans.AttributionRules;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * How long after a referral a deal may close and still be credited to it (DESIGN 4.2,
 * OUTSIDE_WINDOW): {@code rules.windowDays}, or {@code rules.enterpriseWindowDays} when the deal's
 * ACV reaches {@code rules.enterpriseAcvThreshold}.
 */
final class AttributionWindow {
  private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

  private final AttributionRules rules;

  AttributionWindow(AttributionRules rules) {
    this.rules = rules;
  }

  Duration of(Deal deal) {
    return Duration.ofDays(isEnterprise(deal) ? rules.enterpriseWindowDays() : rules.windowDays());
  }

  /** "window is 90 days", or "window is 180 days (enterprise: ACV 120000.00 USD is at least …)". */
  String describe(Deal deal) {
    String window = "window is " + Durations.describe(of(deal));
    if (!isEnterprise(deal)) {
      return window;
    }
    return window
        + " (enterprise deal: ACV "
        + acv(deal).toPlainString()
        + (deal.currency() == null ? "" : " " + deal.currency())
        + " is at least "
        + rules.enterpriseAcvThreshold().toPlainString()
        + ")";
  }

  /**
   * ACV = amount × 12 / termMonths, compared exactly as amount × 12 ≥ threshold × termMonths so a
   * repeating decimal (a 36-month deal) cannot fall on the wrong side of the threshold.
   */
  boolean isEnterprise(Deal deal) {
    BigDecimal threshold = rules.enterpriseAcvThreshold();
    if (threshold == null || deal.amount() == null) {
      return false;
    }
    BigDecimal annualized = deal.amount().multiply(MONTHS_PER_YEAR);
    return annualized.compareTo(threshold.multiply(BigDecimal.valueOf(deal.termMonths()))) >= 0;
  }

  /** The ACV for display, in the currency's minor units. */
  private static BigDecimal acv(Deal deal) {
    BigDecimal acv =
        deal.amount()
            .multiply(MONTHS_PER_YEAR)
            .divide(BigDecimal.valueOf(deal.termMonths()), MathContext.DECIMAL128);
    return deal.currency() != null && Money.isCurrency(deal.currency())
        ? Money.round(acv, deal.currency())
        : acv.setScale(2, RoundingMode.HALF_EVEN);
  }
}
