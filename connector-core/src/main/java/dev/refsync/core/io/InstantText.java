package dev.refsync.core.io;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes an {@link Instant} exactly as {@link Instant#toString} does (ISO-8601 UTC: seconds always,
 * the fraction in groups of three digits only as far as needed) into a reusable buffer, for the
 * years 0000 to 9999. {@code Instant.toString} goes through a {@code DateTimeFormatter}, a {@code
 * LocalDateTime} and two string builders per call, which made writing two times per commission a
 * visible share of the engine's output time and garbage.
 */
final class InstantText {
  /** Longest text written: {@code yyyy-MM-ddTHH:mm:ss.nnnnnnnnnZ}. */
  static final int MAX_LENGTH = 30;

  private static final long SECONDS_PER_DAY = 86_400;
  private static final long FIRST_SECOND = LocalDate.of(0, 1, 1).toEpochDay() * SECONDS_PER_DAY;
  private static final long END_SECOND = LocalDate.of(10_000, 1, 1).toEpochDay() * SECONDS_PER_DAY;

  private InstantText() {}

  /**
   * Writes {@code t} into {@code into} (at least {@link #MAX_LENGTH} long) and returns the length,
   * or -1 when its year is outside 0000 to 9999 (then use {@link Instant#toString}).
   */
  static int write(Instant t, char[] into) {
    long seconds = t.getEpochSecond();
    if (seconds < FIRST_SECOND || seconds >= END_SECOND) {
      return -1;
    }
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
    int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
    put(into, 0, date.getYear(), 4);
    into[4] = '-';
    put(into, 5, date.getMonthValue(), 2);
    into[7] = '-';
    put(into, 8, date.getDayOfMonth(), 2);
    into[10] = 'T';
    put(into, 11, secondOfDay / 3_600, 2);
    into[13] = ':';
    put(into, 14, secondOfDay / 60 % 60, 2);
    into[16] = ':';
    put(into, 17, secondOfDay % 60, 2);
    int end = 19;
    int nanos = t.getNano();
    if (nanos > 0) {
      into[end++] = '.';
      if (nanos % 1_000_000 == 0) {
        put(into, end, nanos / 1_000_000, 3);
        end += 3;
      } else if (nanos % 1_000 == 0) {
        put(into, end, nanos / 1_000, 6);
        end += 6;
      } else {
        put(into, end, nanos, 9);
        end += 9;
      }
    }
    into[end++] = 'Z';
    return end;
  }

  /** Writes {@code value} as exactly {@code digits} decimal digits, zero-padded. */
  private static void put(char[] into, int at, int value, int digits) {
    for (int i = at + digits - 1; i >= at; i--) {
      into[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
