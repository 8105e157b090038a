package dev.refsync.core.commission;

import dev.refsync.core.model.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Arithmetic and display of the amounts in commission explanations. Intermediate values are exact
 * or, where a division is needed, keep DECIMAL128 precision; only the final entry amount is rounded
 * (DESIGN 5: once per entry).
 */
final class Amounts {
  static final MathContext PRECISION = MathContext.DECIMAL128;
  private static final int SHARE_SCALE = 6;

  private Amounts() {}

  /**
   * {@code percent / 100 × base × share}, exact: products of decimals and a shift of the point need
   * no rounding, so the only rounding is the entry's own.
   */
  static BigDecimal percentOf(BigDecimal percent, BigDecimal base, BigDecimal share) {
    return percent.multiply(base).multiply(share).movePointLeft(2);
  }

  /** "12,000.00 USD": grouped, at the currency's minor units (display only). */
  static String money(BigDecimal amount, String currency) {
    String plain =
        amount.setScale(Money.minorUnits(currency), RoundingMode.HALF_EVEN).toPlainString();
    boolean negative = plain.startsWith("-");
    String unsigned = negative ? plain.substring(1) : plain;
    int dot = unsigned.indexOf('.');
    String integer = dot < 0 ? unsigned : unsigned.substring(0, dot);
    String fraction = dot < 0 ? "" : unsigned.substring(dot);
    StringBuilder grouped = new StringBuilder(plain.length() + 8);
    if (negative) {
      grouped.append('-');
    }
    int firstGroup = integer.length() % 3 == 0 ? 3 : integer.length() % 3;
    grouped.append(integer, 0, firstGroup);
    for (int i = firstGroup; i < integer.length(); i += 3) {
      grouped.append(',').append(integer, i, i + 3);
    }
    return grouped.append(fraction).append(' ').append(currency).toString();
  }

  /** "10%" or "12.5%". */
  static String percent(BigDecimal percent) {
    return percent.stripTrailingZeros().toPlainString() + "%";
  }

  /** "0.500000": shares are kept to six places by attribution (DESIGN 4). */
  static String share(BigDecimal share) {
    return share.setScale(SHARE_SCALE, RoundingMode.HALF_EVEN).toPlainString();
  }
}
