package dev.refsync.sandbox.salesforce;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Salesforce's datetime wire format, {@code 2026-03-01T10:00:00.000+0000} on output; input (REST
 * bodies and SOQL literals) accepts {@code Z}, {@code +0000} and {@code +00:00} offsets with or
 * without milliseconds.
 */
final class SalesforceTimes {

  private static final DateTimeFormatter OUT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxx").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter IN =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .toFormatter();

  private SalesforceTimes() {}

  static String format(Instant instant) {
    return OUT.format(instant);
  }

  static Optional<Instant> parseDateTime(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text, IN).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static Optional<LocalDate> parseDate(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
