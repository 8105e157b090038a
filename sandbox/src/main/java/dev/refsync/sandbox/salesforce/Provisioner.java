package dev.refsync.sandbox.salesforce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Creates custom objects and fields as the Metadata API's {@code createMetadata} does, and
 * remembers their definitions for {@code readMetadata}. Every problem with one component is
 * reported at once; a component that already exists is refused ({@code DUPLICATE_DEVELOPER_NAME})
 * and left unchanged. Call under the store lock.
 */
final class Provisioner {

  private static final Pattern API_NAME =
      Pattern.compile("[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)*__c");

  private final SalesforceSchema schema;
  private final Map<String, CustomObjectSpec> objects = new LinkedHashMap<>();
  private final Map<String, CustomFieldSpec> fields = new LinkedHashMap<>();

  Provisioner(SalesforceSchema schema) {
    this.schema = schema;
  }

  List<MetadataError> createObject(CustomObjectSpec spec) {
    List<MetadataError> errors = new ArrayList<>();
    String name = spec.fullName() == null ? "" : spec.fullName();
    if (!API_NAME.matcher(name).matches()) {
      errors.add(
          new MetadataError(
              "FIELD_INTEGRITY_EXCEPTION",
              "The API name '"
                  + name
                  + "' must begin with a letter, contain only letters, digits and single"
                  + " underscores, and end in __c."));
    }
    requireText(errors, spec.label(), "label");
    requireText(errors, spec.pluralLabel(), "pluralLabel");
    requireText(errors, spec.nameFieldLabel(), "nameField");
    requireText(errors, spec.deploymentStatus(), "deploymentStatus");
    requireText(errors, spec.sharingModel(), "sharingModel");
    if (spec.nameFieldType() != null
        && !spec.nameFieldType().equals("Text")
        && !spec.nameFieldType().equals("AutoNumber")) {
      errors.add(
          new MetadataError(
              "FIELD_INTEGRITY_EXCEPTION", "nameField type must be Text or AutoNumber"));
    }
    if (errors.isEmpty() && schema.type(name).isPresent()) {
      errors.add(
          new MetadataError(
              "DUPLICATE_DEVELOPER_NAME", "There is already a Custom Object named " + name + "."));
    }
    if (errors.isEmpty()) {
      schema.addCustomObject(
          name, spec.label(), spec.pluralLabel(), "AutoNumber".equals(spec.nameFieldType()));
      objects.put(name.toLowerCase(Locale.ROOT), spec);
    }
    return errors;
  }

  List<MetadataError> createField(CustomFieldSpec spec) {
    List<MetadataError> errors = new ArrayList<>();
    String fullName = spec.fullName() == null ? "" : spec.fullName();
    if (!fullName.contains(".")) {
      errors.add(
          new MetadataError(
              "FIELD_INTEGRITY_EXCEPTION",
              "A CustomField fullName is Object.Field__c, was '" + fullName + "'"));
      return errors;
    }
    Optional<SObjectDef> object = schema.type(spec.objectName());
    if (object.isEmpty()) {
      errors.add(
          new MetadataError(
              "INVALID_CROSS_REFERENCE_KEY",
              "In field: fullName - no CustomObject named " + spec.objectName() + " found"));
      return errors;
    }
    if (!API_NAME.matcher(spec.fieldName()).matches()) {
      errors.add(
          new MetadataError(
              "FIELD_INTEGRITY_EXCEPTION",
              "The API name '"
                  + spec.fieldName()
                  + "' must begin with a letter, contain only letters, digits and single"
                  + " underscores, and end in __c."));
    }
    requireText(errors, spec.label(), "label");
    Optional<FieldType> type = fieldType(spec.type());
    if (type.isEmpty()) {
      errors.add(
          new MetadataError("INVALID_TYPE", "Unsupported CustomField type '" + spec.type() + "'"));
    } else {
      checkTypeAttributes(spec, type.get(), errors);
    }
    if (errors.isEmpty() && object.get().field(spec.fieldName()).isPresent()) {
      errors.add(
          new MetadataError(
              "DUPLICATE_DEVELOPER_NAME",
              "There is already a field named "
                  + spec.fieldName()
                  + " on "
                  + object.get().name()
                  + "."));
    }
    if (errors.isEmpty()) {
      object.get().add(toField(spec, type.get(), object.get()));
      fields.put(fullName.toLowerCase(Locale.ROOT), spec);
    }
    return errors;
  }

  Optional<CustomObjectSpec> object(String fullName) {
    return Optional.ofNullable(objects.get(fullName.toLowerCase(Locale.ROOT)));
  }

  Optional<CustomFieldSpec> field(String fullName) {
    return Optional.ofNullable(fields.get(fullName.toLowerCase(Locale.ROOT)));
  }

  /** The provisioned custom fields of one object, in creation order. */
  List<CustomFieldSpec> fieldsOf(String objectName) {
    return fields.values().stream()
        .filter(f -> f.objectName().equalsIgnoreCase(objectName))
        .toList();
  }

  private void checkTypeAttributes(
      CustomFieldSpec spec, FieldType type, List<MetadataError> errors) {
    switch (spec.type()) {
      case "Text" -> {
        if (spec.length() < 1 || spec.length() > 255) {
          errors.add(
              new MetadataError(
                  "FIELD_INTEGRITY_EXCEPTION",
                  "Length must be between 1 and 255 for a Text field, was " + spec.length()));
        }
      }
      case "Number", "Currency", "Percent" -> {
        if (spec.precision() < 1
            || spec.precision() > 18
            || spec.scale() < 0
            || spec.scale() > spec.precision()) {
          errors.add(
              new MetadataError(
                  "FIELD_INTEGRITY_EXCEPTION",
                  "Precision must be 1-18 and scale 0-precision, were "
                      + spec.precision()
                      + " and "
                      + spec.scale()));
        }
      }
      case "Lookup" -> {
        if (spec.referenceTo() == null || schema.type(spec.referenceTo()).isEmpty()) {
          errors.add(
              new MetadataError(
                  "INVALID_CROSS_REFERENCE_KEY",
                  "In field: referenceTo - no CustomObject named "
                      + spec.referenceTo()
                      + " found"));
        }
        if (spec.relationshipName() == null || spec.relationshipName().isBlank()) {
          errors.add(
              new MetadataError(
                  "REQUIRED_FIELD_MISSING", "Required field is missing: relationshipName"));
        }
      }
      case "Picklist" -> {
        if (spec.picklistValues().isEmpty()) {
          errors.add(
              new MetadataError("REQUIRED_FIELD_MISSING", "Required field is missing: valueSet"));
        }
      }
      default -> {
        // Date, DateTime, Checkbox, Email, Url, Phone, TextArea carry no sizing attributes.
      }
    }
    boolean keyable =
        type == FieldType.STRING || type == FieldType.EMAIL || type == FieldType.DOUBLE;
    if (spec.externalId() && !keyable) {
      errors.add(
          new MetadataError(
              "FIELD_INTEGRITY_EXCEPTION",
              "Only Text, Number and Email fields can be External IDs, not " + spec.type()));
    }
  }

  private FieldDef toField(CustomFieldSpec spec, FieldType type, SObjectDef owner) {
    int length =
        switch (type) {
          case STRING -> spec.length();
          case TEXTAREA -> 255;
          case EMAIL -> 80;
          case URL -> 255;
          case PHONE -> 40;
          case PICKLIST -> 255;
          case REFERENCE -> 18;
          default -> 0;
        };
    int scale = type.kind() == FieldType.Kind.NUMBER ? spec.scale() : 0;
    int precision = type.kind() == FieldType.Kind.NUMBER ? spec.precision() : 0;
    return new FieldDef(
        spec.fieldName(),
        spec.label(),
        type,
        length,
        precision,
        scale,
        spec.externalId(),
        spec.unique(),
        spec.required(),
        true,
        true,
        true,
        type == FieldType.REFERENCE
            ? schema.type(spec.referenceTo()).map(SObjectDef::name).orElseThrow()
            : null,
        type == FieldType.REFERENCE ? spec.relationshipName() + "__r" : null,
        spec.picklistValues());
  }

  static Optional<FieldType> fieldType(String metadataType) {
    if (metadataType == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        switch (metadataType) {
          case "Text" -> FieldType.STRING;
          case "TextArea", "LongTextArea" -> FieldType.TEXTAREA;
          case "Number" -> FieldType.DOUBLE;
          case "Currency" -> FieldType.CURRENCY;
          case "Percent" -> FieldType.PERCENT;
          case "Date" -> FieldType.DATE;
          case "DateTime" -> FieldType.DATETIME;
          case "Checkbox" -> FieldType.BOOLEAN;
          case "Email" -> FieldType.EMAIL;
          case "Url" -> FieldType.URL;
          case "Phone" -> FieldType.PHONE;
          case "Lookup" -> FieldType.REFERENCE;
          case "Picklist" -> FieldType.PICKLIST;
          default -> null;
        });
  }

  private static void requireText(List<MetadataError> errors, String value, String name) {
    if (value == null || value.isBlank()) {
      errors.add(new MetadataError("REQUIRED_FIELD_MISSING", "Required field is missing: " + name));
    }
  }
}
