package dev.refsync.sandbox.salesforce;

import java.util.List;

/**
 * A Metadata API {@code CustomField}.
 *
 * @param fullName {@code Object.Field__c}, e.g. {@code Opportunity.Referral_Id__c}
 * @param type Metadata API field type: {@code Text}, {@code TextArea}, {@code Number}, {@code
 *     Currency}, {@code Percent}, {@code Date}, {@code DateTime}, {@code Checkbox}, {@code Email},
 *     {@code Url}, {@code Phone}, {@code Lookup}, {@code Picklist}
 * @param length for Text types (0 when not given)
 * @param precision / scale for numbers (0 when not given)
 * @param referenceTo / relationshipName for Lookup (null otherwise)
 * @param picklistValues for Picklist
 */
public record CustomFieldSpec(
    String fullName,
    String label,
    String type,
    int length,
    int precision,
    int scale,
    boolean externalId,
    boolean unique,
    boolean required,
    String referenceTo,
    String relationshipName,
    List<String> picklistValues) {

  public CustomFieldSpec {
    picklistValues = picklistValues == null ? List.of() : List.copyOf(picklistValues);
  }

  public static CustomFieldSpec text(String fullName, String label, int length) {
    return new CustomFieldSpec(
        fullName, label, "Text", length, 0, 0, false, false, false, null, null, List.of());
  }

  public static CustomFieldSpec number(
      String fullName, String label, String type, int precision, int scale) {
    return new CustomFieldSpec(
        fullName, label, type, 0, precision, scale, false, false, false, null, null, List.of());
  }

  public static CustomFieldSpec of(String fullName, String label, String type) {
    return new CustomFieldSpec(
        fullName, label, type, 0, 0, 0, false, false, false, null, null, List.of());
  }

  public static CustomFieldSpec lookup(
      String fullName, String label, String referenceTo, String relationshipName) {
    return new CustomFieldSpec(
        fullName,
        label,
        "Lookup",
        0,
        0,
        0,
        false,
        false,
        false,
        referenceTo,
        relationshipName,
        List.of());
  }

  public static CustomFieldSpec picklist(String fullName, String label, List<String> values) {
    return new CustomFieldSpec(
        fullName, label, "Picklist", 0, 0, 0, false, false, false, null, null, values);
  }

  /** The same field as an external id that is also unique, as Refsync's upsert keys are. */
  public CustomFieldSpec asUniqueExternalId() {
    return new CustomFieldSpec(
        fullName,
        label,
        type,
        length,
        precision,
        scale,
        true,
        true,
        required,
        referenceTo,
        relationshipName,
        picklistValues);
  }

  public CustomFieldSpec asRequired() {
    return new CustomFieldSpec(
        fullName,
        label,
        type,
        length,
        precision,
        scale,
        externalId,
        unique,
        true,
        referenceTo,
        relationshipName,
        picklistValues);
  }

  String objectName() {
    int dot = fullName.indexOf('.');
    return dot < 0 ? "" : fullName.substring(0, dot);
  }

  String fieldName() {
    return fullName.substring(fullName.indexOf('.') + 1);
  }
}
