package dev.refsync.core.io;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeParseException;

/**
 * Text-to-value conversions for events fields. Times take a fast path for the common {@code
 * yyyy-MM-ddTHH:mm:ss[.fraction]Z} form, because {@link Instant#parse} dominates the cost of
 * reading a million lines; every other form goes through {@link Instant#parse}, so the accepted
 * syntax is exactly ISO-8601 as the JDK reads it.
 */
final class FieldValues {
  private static final long DAYS_0000_TO_1970 =
      LocalDate.of(1970, 1, 1).toEpochDay() - LocalDate.of(0, 1, 1).toEpochDay();

  private FieldValues() {}

  /** The instant, or null when the text is not an ISO-8601 instant. */
  static Instant instant(String s) {
    Instant fast =
        s.length() < 20 || s.length() > 30 ? null : fastInstant(s.toCharArray(), 0, s.length());
    if (fast != null) {
      return fast;
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The decimal, or null when the text is not a plain or scientific decimal number. */
  static BigDecimal decimal(String s) {
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The instant written in {@code chars[off, off+len)} when it has the common {@code
   * yyyy-MM-ddTHH:mm:ss[.fraction]Z} form, else null (the text may still be an instant in another
   * ISO-8601 form: {@link #instant(String)} decides). Reading straight from a parser's buffer means
   * a million timestamps cost no string each.
   */
  static Instant fastInstant(char[] chars, int off, int len) {
    if (len < 20
        || len > 30
        || chars[off + len - 1] != 'Z'
        || chars[off + 4] != '-'
        || chars[off + 7] != '-'
        || chars[off + 10] != 'T'
        || chars[off + 13] != ':'
        || chars[off + 16] != ':') {
      return null;
    }
    int year = digits(chars, off, 4);
    int month = digits(chars, off + 5, 2);
    int day = digits(chars, off + 8, 2);
    int hour = digits(chars, off + 11, 2);
    int minute = digits(chars, off + 14, 2);
    int second = digits(chars, off + 17, 2);
    if ((year | month | day | hour | minute | second) < 0
        || month < 1
        || month > 12
        || day < 1
        || day > Month.of(month).length(Year.isLeap(year))
        || hour > 23
        || minute > 59
        || second > 59) {
      return null;
    }
    int nanos = 0;
    if (len > 20) {
      int fractionDigits = len - 21;
      if (chars[off + 19] != '.' || fractionDigits < 1 || fractionDigits > 9) {
        return null;
      }
      int fraction = digits(chars, off + 20, fractionDigits);
      if (fraction < 0) {
        return null;
      }
      nanos = fraction;
      for (int i = fractionDigits; i < 9; i++) {
        nanos *= 10;
      }
    }
    return Instant.ofEpochSecond(
        epochDay(year, month, day) * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
  }

  /**
   * Days from 1970-01-01 to a valid date of years 0 to 9999, as {@link LocalDate#toEpochDay}
   * computes them, without making a {@code LocalDate} per timestamp.
   */
  private static long epochDay(int year, int month, int day) {
    long total = 365L * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
    total += (367 * month - 362) / 12 + day - 1;
    if (month > 2) {
      total -= Year.isLeap(year) ? 1 : 2;
    }
    return total - DAYS_0000_TO_1970;
  }

  /**
   * The non-negative number in {@code chars[from, from+count)}, or -1 when a char is not a digit.
   */
  private static int digits(char[] chars, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = chars[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
