package dev.refsync.salesforce.provision;

import com.sforce.soap.metadata.CustomField;
import com.sforce.soap.metadata.CustomObject;
import com.sforce.soap.metadata.DeleteConstraint;
import com.sforce.soap.metadata.DeploymentStatus;
import com.sforce.soap.metadata.FieldType;
import com.sforce.soap.metadata.SharingModel;
import dev.refsync.mappings.spec.Attribute;
import dev.refsync.mappings.spec.CanonicalAttributes;
import dev.refsync.mappings.spec.Conversion;
import dev.refsync.mappings.spec.MappingSpec;
import dev.refsync.mappings.spec.ValueType;
import dev.refsync.mappings.spec.WriteBackKind;
import dev.refsync.mappings.spec.WriteRule;
import dev.refsync.mappings.spec.WriteTarget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The custom objects and fields a Salesforce mapping writes (DESIGN 8), derived from its {@code
 * writeBack} section so provisioning creates exactly what the pusher will write. Objects come first
 * so their fields can be created after them. Only custom names ({@code __c}) are provisioned: a
 * mapping that writes a standard field relies on it existing.
 *
 * <p>Field types: text and enum attributes become Text(255) (enum values are written as text, so a
 * revops picklist mapping never meets a restricted picklist); the upsert key Text(80) external id,
 * unique (ledger entry ids are {@code rc_} + hex); decimals Number(18,4) (currency minor units and
 * attribution shares both fit); instants DateTime, or Date with {@code convert: date}; {@code
 * dealRef} a Lookup to the deal write-back object.
 */
final class DesiredComponents {
  static final String DEAL_REF = "dealRef";
  private static final int TEXT_LENGTH = 255;
  private static final int EXTERNAL_ID_LENGTH = 80;

  private DesiredComponents() {}

  static List<DesiredComponent> of(MappingSpec mapping) {
    Map<String, DesiredComponent> objects = new LinkedHashMap<>();
    Map<String, DesiredComponent> fields = new LinkedHashMap<>();
    String dealObject = mapping.target(WriteBackKind.DEAL).map(WriteTarget::object).orElse(null);
    for (WriteBackKind kind : List.of(WriteBackKind.DEAL, WriteBackKind.COMMISSION)) {
      mapping
          .target(kind)
          .ifPresent(
              target -> {
                if (isCustom(target.object())) {
                  objects.putIfAbsent(target.object(), object(target.object(), kind));
                }
                Map<String, Attribute> attributes = CanonicalAttributes.of(kind);
                target
                    .fields()
                    .forEach(
                        (name, rule) -> {
                          if (isCustom(rule.to()) && !rule.to().contains(".")) {
                            String fullName = target.object() + "." + rule.to();
                            String reason = "writeBack." + kind.yamlName() + "." + name;
                            fields.putIfAbsent(
                                fullName.toLowerCase(java.util.Locale.ROOT),
                                field(
                                    fullName,
                                    rule,
                                    attributes.get(name),
                                    rule.to().equals(target.externalId()),
                                    DEAL_REF.equals(name) ? dealObject : null,
                                    reason));
                          }
                        });
              });
    }
    List<DesiredComponent> all = new ArrayList<>(objects.values());
    all.addAll(fields.values());
    return all;
  }

  private static boolean isCustom(String apiName) {
    return apiName != null && apiName.endsWith("__c");
  }

  private static DesiredComponent object(String name, WriteBackKind kind) {
    CustomObject object = new CustomObject();
    object.setFullName(name);
    String label = label(name);
    object.setLabel(label);
    object.setPluralLabel(label + "s");
    CustomField nameField = new CustomField();
    nameField.setLabel(label + " Number");
    nameField.setType(FieldType.AutoNumber);
    nameField.setDisplayFormat("RC-{00000000}");
    object.setNameField(nameField);
    object.setDeploymentStatus(DeploymentStatus.Deployed);
    object.setSharingModel(SharingModel.ReadWrite);
    return new DesiredComponent(
        new PlannedComponent(
            ComponentType.CustomObject,
            name,
            "custom object, AutoNumber name",
            "writeBack." + kind.yamlName()),
        object);
  }

  private static DesiredComponent field(
      String fullName,
      WriteRule rule,
      Attribute attribute,
      boolean externalId,
      String lookupTarget,
      String reason) {
    CustomField field = new CustomField();
    field.setFullName(fullName);
    String apiName = fullName.substring(fullName.indexOf('.') + 1);
    field.setLabel(label(apiName));
    String definition;
    if (externalId) {
      field.setType(FieldType.Text);
      field.setLength(EXTERNAL_ID_LENGTH);
      field.setExternalId(true);
      field.setUnique(true);
      definition = "Text(" + EXTERNAL_ID_LENGTH + ") external id, unique";
    } else if (lookupTarget != null) {
      field.setType(FieldType.Lookup);
      field.setReferenceTo(lookupTarget);
      field.setRelationshipName(apiName.substring(0, apiName.length() - 3));
      // Salesforce requires a delete rule on lookups; SetNull keeps the commission history.
      field.setDeleteConstraint(DeleteConstraint.SetNull);
      definition = "Lookup(" + lookupTarget + ")";
    } else {
      definition = typed(field, rule, attribute == null ? ValueType.TEXT : attribute.type());
    }
    return new DesiredComponent(
        new PlannedComponent(ComponentType.CustomField, fullName, definition, reason), field);
  }

  private static String typed(CustomField field, WriteRule rule, ValueType type) {
    Conversion conversion = rule.conversionFor(type);
    switch (conversion) {
      case DATE -> {
        field.setType(FieldType.Date);
        return "Date";
      }
      case DATETIME -> {
        field.setType(FieldType.DateTime);
        return "DateTime";
      }
      case DECIMAL -> {
        return number(field, 18, 4);
      }
      case INTEGER, MINOR_UNITS, EPOCH_SECONDS, EPOCH_MILLIS -> {
        return number(field, 18, 0);
      }
      case BOOLEAN -> {
        field.setType(FieldType.Checkbox);
        field.setDefaultValue("false");
        return "Checkbox";
      }
      default -> {
        field.setType(FieldType.Text);
        field.setLength(TEXT_LENGTH);
        return "Text(" + TEXT_LENGTH + ")";
      }
    }
  }

  private static String number(CustomField field, int precision, int scale) {
    field.setType(FieldType.Number);
    field.setPrecision(precision);
    field.setScale(scale);
    return "Number(" + precision + "," + scale + ")";
  }

  /** {@code Referral_Commission__c} → {@code Referral Commission}. */
  static String label(String apiName) {
    String base = apiName.endsWith("__c") ? apiName.substring(0, apiName.length() - 3) : apiName;
    return base.replace('_', ' ').strip();
  }
}
