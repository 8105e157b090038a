package dev.refsync.sandbox.salesforce;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One stored record: typed values ({@code String}, {@code BigDecimal}, {@code Boolean}, {@code
 * LocalDate}, {@code Instant}) keyed by the field's declared name, system fields included. Guarded
 * by the store's lock.
 */
final class SObjectRecord {

  private final String id;
  private final SObjectDef type;
  private final Map<String, Object> values = new LinkedHashMap<>();

  SObjectRecord(String id, SObjectDef type) {
    this.id = id;
    this.type = type;
  }

  String id() {
    return id;
  }

  SObjectDef type() {
    return type;
  }

  Object get(FieldDef field) {
    return values.get(field.name());
  }

  Object get(String declaredName) {
    return values.get(declaredName);
  }

  void put(String declaredName, Object value) {
    values.put(declaredName, value);
  }

  boolean deleted() {
    return Boolean.TRUE.equals(values.get("IsDeleted"));
  }

  Map<String, Object> values() {
    return values;
  }
}
