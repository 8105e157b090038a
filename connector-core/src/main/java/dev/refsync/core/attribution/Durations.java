package dev.refsync.core.attribution;

import java.time.Duration;

/** Durations written for a rep: "97 days", "1 day", "90 days 01:00:00". */
final class Durations {
  private Durations() {}

  static String describe(Duration duration) {
    Duration d = duration.abs();
    long days = d.toDays();
    Duration rest = d.minusDays(days);
    String text = days == 1 ? "1 day" : days + " days";
    if (rest.isZero()) {
      return text;
    }
    // Written out rather than with String.format(" %02d:%02d:%02d"): formatting parses its
    // pattern on every call, and this runs for every candidate of every deal. The rest is under a
    // day, so every part has at most two digits.
    return text
        + ' '
        + twoDigits(rest.toHours())
        + ':'
        + twoDigits(rest.toMinutesPart())
        + ':'
        + twoDigits(rest.toSecondsPart());
  }

  private static String twoDigits(long value) {
    return value < 10 ? "0" + value : Long.toString(value);
  }
}
