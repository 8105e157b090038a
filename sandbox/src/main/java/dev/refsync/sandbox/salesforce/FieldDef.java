package dev.refsync.sandbox.salesforce;

import java.util.List;

/**
 * One field of an sObject as describe reports it.
 *
 * @param length characters for text types (0 otherwise)
 * @param precision total digits for numbers (0 otherwise)
 * @param scale decimals for numbers
 * @param required a create must give a non-null value (describe: {@code nillable=false} and not
 *     defaulted)
 * @param createable / updateable false for system and formula-like fields
 * @param referenceTo the target sObject of a reference, or null
 * @param relationshipName the SOQL path name of a reference ({@code Account}, {@code X__r}), or
 *     null
 */
record FieldDef(
    String name,
    String label,
    FieldType type,
    int length,
    int precision,
    int scale,
    boolean externalId,
    boolean unique,
    boolean required,
    boolean createable,
    boolean updateable,
    boolean custom,
    String referenceTo,
    String relationshipName,
    List<String> picklistValues) {

  FieldDef {
    picklistValues = List.copyOf(picklistValues);
  }

  static FieldDef system(String name, String label, FieldType type) {
    return new FieldDef(
        name,
        label,
        type,
        type == FieldType.ID ? 18 : 0,
        0,
        0,
        false,
        false,
        false,
        false,
        false,
        false,
        null,
        null,
        List.of());
  }

  static FieldDef text(String name, String label, FieldType type, int length, boolean required) {
    return new FieldDef(
        name, label, type, length, 0, 0, false, false, required, true, true, false, null, null,
        List.of());
  }

  static FieldDef picklist(String name, String label, boolean required, List<String> values) {
    return new FieldDef(
        name,
        label,
        FieldType.PICKLIST,
        255,
        0,
        0,
        false,
        false,
        required,
        true,
        true,
        false,
        null,
        null,
        values);
  }

  static FieldDef number(String name, String label, FieldType type, int precision, int scale) {
    return new FieldDef(
        name, label, type, 0, precision, scale, false, false, false, true, true, false, null, null,
        List.of());
  }

  static FieldDef plain(String name, String label, FieldType type, boolean required) {
    return new FieldDef(
        name, label, type, 0, 0, 0, false, false, required, true, true, false, null, null,
        List.of());
  }

  static FieldDef reference(
      String name, String label, String referenceTo, String relationshipName, boolean required) {
    return new FieldDef(
        name,
        label,
        FieldType.REFERENCE,
        18,
        0,
        0,
        false,
        false,
        required,
        true,
        true,
        false,
        referenceTo,
        relationshipName,
        List.of());
  }

  /** The same field, computed by the platform: readable, never written by clients. */
  FieldDef readOnly() {
    return new FieldDef(
        name,
        label,
        type,
        length,
        precision,
        scale,
        externalId,
        unique,
        false,
        false,
        false,
        custom,
        referenceTo,
        relationshipName,
        picklistValues);
  }

  /** Describe's {@code nillable}: boolean fields never hold null, required fields may not. */
  boolean nillable() {
    return !required && type != FieldType.BOOLEAN && type != FieldType.ID;
  }

  /** A field the upsert path may name: {@code Id} or one declared {@code externalId}. */
  boolean usableAsExternalId() {
    return type == FieldType.ID || externalId;
  }
}
