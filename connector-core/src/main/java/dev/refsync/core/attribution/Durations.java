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
    return text
        + String.format(
            " %02d:%02d:%02d", rest.toHours(), rest.toMinutesPart(), rest.toSecondsPart());
  }
}
