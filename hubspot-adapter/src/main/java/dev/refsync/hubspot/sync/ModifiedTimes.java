package dev.refsync.hubspot.sync;

import dev.refsync.hubspot.client.HubSpotObject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * A record's modification time: its last-modified property, which HubSpot returns as an ISO-8601
 * string and some endpoints and portals as epoch milliseconds (CRM properties docs, datetime);
 * {@code updatedAt} when the property is absent.
 */
final class ModifiedTimes {
  private ModifiedTimes() {}

  static Instant of(HubSpotObject object, String property) {
    String value = object.properties().get(property);
    if (value != null && !value.isBlank()) {
      Instant parsed = parse(value.strip());
      if (parsed != null) {
        return parsed;
      }
    }
    return object.updatedAt();
  }

  static Instant parse(String value) {
    if (value.chars().allMatch(Character::isDigit)) {
      return Instant.ofEpochMilli(Long.parseLong(value));
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }
}
