package dev.refsync.mappings.mapper;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/** Parsing and formatting of vendor dates and times. */
final class TimeFormats {
  /**
   * ISO-8601 with an optional offset written {@code Z}, {@code +01:00} or, as Salesforce does,
   * {@code +0000} ({@code SystemModstamp} "2026-03-01T10:00:00.000+0000").
   */
  private static final DateTimeFormatter DEFAULT_DATETIME =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .toFormatter();

  private TimeFormats() {}

  static Instant parseDateTime(String text, String pattern, ZoneId zone) {
    DateTimeFormatter f = pattern == null ? DEFAULT_DATETIME : DateTimeFormatter.ofPattern(pattern);
    TemporalAccessor parsed = f.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
    if (parsed instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    return ((LocalDateTime) parsed).atZone(zone).toInstant();
  }

  static Instant parseDate(String text, String pattern, ZoneId zone) {
    DateTimeFormatter f =
        pattern == null ? DateTimeFormatter.ISO_LOCAL_DATE : DateTimeFormatter.ofPattern(pattern);
    return LocalDate.parse(text, f).atStartOfDay(zone).toInstant();
  }

  /** Writes a time: ISO-8601 UTC ({@code 2026-03-01T10:00:00.123Z}) unless a pattern is given. */
  static String formatDateTime(Instant instant, String pattern, ZoneId zone) {
    if (pattern == null) {
      return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
    return DateTimeFormatter.ofPattern(pattern).withZone(zone).format(instant);
  }

  static String formatDate(Instant instant, String pattern, ZoneId zone) {
    DateTimeFormatter f =
        pattern == null ? DateTimeFormatter.ISO_LOCAL_DATE : DateTimeFormatter.ofPattern(pattern);
    return f.format(instant.atZone(zone).toLocalDate());
  }

  static ZoneId zone(String zone) {
    return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
  }

  static boolean isParseError(RuntimeException e) {
    return e instanceof DateTimeParseException || e instanceof java.time.DateTimeException;
  }
}
