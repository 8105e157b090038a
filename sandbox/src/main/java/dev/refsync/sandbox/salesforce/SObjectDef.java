package dev.refsync.sandbox.salesforce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An sObject type: its names, key prefix and fields. Field names are case-insensitive in SOQL and
 * REST, so lookups go through lower-cased keys while describe keeps the declared spelling. Custom
 * fields are added by provisioning; access is guarded by the store's lock.
 */
final class SObjectDef {

  private final String name;
  private final String label;
  private final String labelPlural;
  private final String keyPrefix;
  private final boolean custom;
  private final Map<String, FieldDef> fields = new LinkedHashMap<>();

  SObjectDef(String name, String label, String labelPlural, String keyPrefix, boolean custom) {
    this.name = name;
    this.label = label;
    this.labelPlural = labelPlural;
    this.keyPrefix = keyPrefix;
    this.custom = custom;
  }

  String name() {
    return name;
  }

  String label() {
    return label;
  }

  String labelPlural() {
    return labelPlural;
  }

  String keyPrefix() {
    return keyPrefix;
  }

  boolean custom() {
    return custom;
  }

  SObjectDef add(FieldDef field) {
    fields.put(field.name().toLowerCase(Locale.ROOT), field);
    return this;
  }

  Optional<FieldDef> field(String fieldName) {
    return Optional.ofNullable(fields.get(fieldName.toLowerCase(Locale.ROOT)));
  }

  /** The reference field whose relationship name is {@code relationship}, case-insensitively. */
  Optional<FieldDef> relationship(String relationship) {
    return fields.values().stream()
        .filter(f -> f.relationshipName() != null)
        .filter(f -> f.relationshipName().equalsIgnoreCase(relationship))
        .findFirst();
  }

  List<FieldDef> fields() {
    return new ArrayList<>(fields.values());
  }
}
