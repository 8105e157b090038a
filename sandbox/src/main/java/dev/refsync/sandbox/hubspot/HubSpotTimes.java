package dev.refsync.sandbox.hubspot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * HubSpot's timestamp wire formats: properties and {@code createdAt}/{@code updatedAt} are ISO-8601
 * UTC with milliseconds ({@code 2024-05-01T10:15:30.123Z}); filter values and webhook fields may be
 * epoch milliseconds.
 */
final class HubSpotTimes {

  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private HubSpotTimes() {}

  static String format(Instant instant) {
    return ISO_MILLIS.format(instant);
  }

  /** Epoch millis, ISO instant/offset date-time, or a plain date (midnight UTC). */
  static Optional<Instant> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    try {
      if (v.chars().allMatch(Character::isDigit)) {
        return Optional.of(Instant.ofEpochMilli(Long.parseLong(v)));
      }
      if (v.length() == 10) {
        return Optional.of(LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      return Optional.of(OffsetDateTime.parse(v).toInstant());
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
