package dev.refsync.core.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Money rules of DESIGN 3: {@link BigDecimal} rounded once, to the currency's minor units,
 * HALF_EVEN. Never {@code double}.
 */
public final class Money {
  private Money() {}

  /** The number of minor-unit digits of an ISO 4217 currency (2 for USD, 0 for JPY). */
  public static int minorUnits(String currency) {
    int digits = Currency.getInstance(currency).getDefaultFractionDigits();
    return Math.max(digits, 0);
  }

  /** Rounds to the currency's minor units, HALF_EVEN. */
  public static BigDecimal round(BigDecimal amount, String currency) {
    return amount.setScale(minorUnits(currency), RoundingMode.HALF_EVEN);
  }

  /** True when the code is a known ISO 4217 currency. */
  public static boolean isCurrency(String code) {
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException | NullPointerException e) {
      return false;
    }
  }
}
