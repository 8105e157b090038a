package dev.refsync.hubspot.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A CRM property, as sent to {@code POST /crm/v3/properties/{type}} and read back. {@code type}:
 * string, number, date, datetime, enumeration, bool; {@code fieldType}: text, number, date, select…
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PropertyDefinition(
    String name,
    String label,
    String type,
    String fieldType,
    String groupName,
    String description,
    Boolean hasUniqueValue,
    List<Option> options) {

  /** One enumeration option. */
  public record Option(String label, String value) {}
}
