package dev.refsync.sandbox.hubspot;

import java.util.List;

/**
 * One CRM object type.
 *
 * @param objectTypeId {@code 0-1} contacts, {@code 0-2} companies, {@code 0-3} deals, {@code 2-NNN}
 *     custom objects
 * @param name the path name ({@code contacts}; a custom object's schema name)
 * @param singular the singular name used in webhook subscription types and error messages
 * @param defaultProperties returned when a request names no properties
 * @param modifiedProperty the last-modified property HubSpot maintains for this type
 * @param requiredProperties properties a create must set (a custom object's schema)
 */
record ObjectTypeDef(
    String objectTypeId,
    String name,
    String singular,
    String fullyQualifiedName,
    List<String> defaultProperties,
    String modifiedProperty,
    List<String> requiredProperties) {

  static final String CONTACTS = "0-1";
  static final String COMPANIES = "0-2";
  static final String DEALS = "0-3";

  boolean isCustom() {
    return objectTypeId.startsWith("2-");
  }
}
