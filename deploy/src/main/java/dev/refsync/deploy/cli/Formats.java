package dev.refsync.deploy.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** How the operator commands print times, durations, shares and text. */
final class Formats {
  private Formats() {}

  /** An instant to the second, e.g. {@code 2026-04-01T09:00:00Z}. */
  static String instant(Instant instant) {
    return instant == null ? "-" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /**
   * The two largest units of how long ago {@code then} was, e.g. {@code 3d 4h}, {@code 2h 5m},
   * {@code 45s}; {@code 0s} for an instant at or after {@code now}.
   */
  static String age(Instant then, Instant now) {
    Duration d = Duration.between(then, now);
    if (d.isNegative()) {
      d = Duration.ZERO;
    }
    long days = d.toDays();
    if (days > 0) {
      return days + "d " + d.toHoursPart() + "h";
    }
    if (d.toHours() > 0) {
      return d.toHours() + "h " + d.toMinutesPart() + "m";
    }
    if (d.toMinutes() > 0) {
      return d.toMinutes() + "m " + d.toSecondsPart() + "s";
    }
    return d.toSeconds() + "s";
  }

  /** A credit share in (0, 1] as a percentage, e.g. {@code 0.333334} is {@code 33.33%}. */
  static String percent(BigDecimal share) {
    return share.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  /** At most {@code max} characters, with an ellipsis when cut. */
  static String shorten(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, max - 3) + "...";
  }
}
