package dev.refsync.salesforce.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;

/**
 * Salesforce's date-time texts: responses carry {@code 2026-03-01T10:00:00.000+0000}; SOQL literals
 * and the getDeleted parameters are ISO 8601 in UTC (SOQL reference, "Date Formats and Date
 * Literals"). Salesforce keeps milliseconds, so literals keep them too.
 */
public final class SalesforceTimes {
  private static final DateTimeFormatter IN =
      new DateTimeFormatterBuilder()
          .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .appendPattern("[XXX][XX][X]")
          .toFormatter();
  private static final DateTimeFormatter SOQL =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter PARAMETER =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);

  private SalesforceTimes() {}

  /**
   * Reads a date-time of a response.
   *
   * @throws IllegalArgumentException naming the text when it is not one
   */
  public static Instant parse(String text) {
    try {
      return OffsetDateTime.parse(text, IN).toInstant();
    } catch (DateTimeParseException | NullPointerException e) {
      throw new IllegalArgumentException("not a Salesforce date-time: '" + text + "'", e);
    }
  }

  static Instant parseOrNull(String text) {
    return text == null || text.isBlank() ? null : parse(text);
  }

  /** A SOQL date-time literal, e.g. {@code 2026-03-01T10:00:00.000Z}. */
  public static String soqlLiteral(Instant instant) {
    return SOQL.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }

  /** A getDeleted parameter, e.g. {@code 2026-03-01T10:00:00+00:00} (whole seconds). */
  static String formatParameter(Instant instant) {
    return PARAMETER.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }
}
