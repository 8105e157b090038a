package dev.refsync.hubspot.provision;

import dev.refsync.hubspot.client.PropertyDefinition;
import dev.refsync.hubspot.client.PropertyGroup;
import dev.refsync.hubspot.client.SchemaRequest;
import dev.refsync.mappings.spec.Attribute;
import dev.refsync.mappings.spec.CanonicalAttributes;
import dev.refsync.mappings.spec.MappingSpec;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.mappings.spec.WriteBackKind;
import dev.refsync.mappings.spec.WriteTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a HubSpot portal must hold for Refsync's write-back (DESIGN 8): the deal properties in a
 * {@code refsync} property group, and the commission custom object schema. Derived from the HubSpot
 * mapping's {@code writeBack} section, so a property a revops user adds to the mapping is
 * provisioned too.
 *
 * @param dealObject the object the deal write-back updates ({@code deals}); null without one
 * @param dealGroup the group the deal properties go into
 * @param dealProperties the deal properties, in mapping order; empty without a deal write-back
 * @param commissionSchema the commission custom object; null without a commission write-back
 */
public record HubSpotProvisioningSpec(
    String dealObject,
    PropertyGroup dealGroup,
    List<PropertyDefinition> dealProperties,
    SchemaRequest commissionSchema) {

  /** The group Refsync's deal properties are created in. */
  public static final PropertyGroup REFSYNC_GROUP = new PropertyGroup("refsync", "Refsync", -1);

  private static final String PROPERTIES = "properties.";

  public HubSpotProvisioningSpec {
    dealProperties = List.copyOf(dealProperties);
  }

  /**
   * @throws IllegalArgumentException when the mapping is not HubSpot's or a write-back field is not
   *     a {@code properties.<name>} path, naming the field
   */
  public static HubSpotProvisioningSpec fromMapping(MappingSpec mapping) {
    if (mapping.system() != SystemName.HUBSPOT) {
      throw new IllegalArgumentException(
          "provisioning HubSpot needs the HubSpot mapping, got the " + mapping.system() + " one");
    }
    WriteTarget deal = mapping.target(WriteBackKind.DEAL).orElse(null);
    List<PropertyDefinition> dealProperties =
        deal == null ? List.of() : properties(WriteBackKind.DEAL, deal, REFSYNC_GROUP.name(), null);
    WriteTarget commission = mapping.target(WriteBackKind.COMMISSION).orElse(null);
    return new HubSpotProvisioningSpec(
        deal == null ? null : deal.object(),
        REFSYNC_GROUP,
        dealProperties,
        commission == null ? null : schema(commission));
  }

  private static SchemaRequest schema(WriteTarget commission) {
    String unique =
        commission.externalId() == null
            ? null
            : propertyName(WriteBackKind.COMMISSION, "externalId", commission.externalId());
    List<PropertyDefinition> properties =
        properties(WriteBackKind.COMMISSION, commission, null, unique);
    String name = commission.object();
    List<String> keyed = unique == null ? List.of() : List.of(unique);
    return new SchemaRequest(
        name,
        new SchemaRequest.Labels(words(name), words(name) + "s"),
        properties,
        keyed,
        keyed,
        unique,
        commission.associateWith() == null
            ? List.of()
            : List.of(associatedObject(commission.associateWith())));
  }

  private static List<PropertyDefinition> properties(
      WriteBackKind kind, WriteTarget target, String groupName, String uniqueProperty) {
    Map<String, Attribute> attributes = CanonicalAttributes.of(kind);
    List<PropertyDefinition> out = new ArrayList<>();
    target
        .fields()
        .forEach(
            (attributeName, rule) -> {
              String name = propertyName(kind, attributeName, rule.to());
              out.add(
                  PropertyTypes.definition(
                      name,
                      attributes.get(attributeName),
                      rule,
                      groupName,
                      name.equals(uniqueProperty)));
            });
    return out;
  }

  private static String propertyName(WriteBackKind kind, String attribute, String path) {
    if (path == null || !path.startsWith(PROPERTIES) || path.length() == PROPERTIES.length()) {
      throw new IllegalArgumentException(
          "writeBack."
              + kind.yamlName()
              + "."
              + attribute
              + ": HubSpot fields are written as properties.<name>, got '"
              + path
              + "'");
    }
    return path.substring(PROPERTIES.length());
  }

  /** {@code deals} → {@code DEAL}, as {@code associatedObjects} takes; a 2-NNN id stays. */
  private static String associatedObject(String objectType) {
    return switch (objectType.toLowerCase(Locale.ROOT)) {
      case "deals", "deal", "0-3" -> "DEAL";
      case "companies", "company", "0-2" -> "COMPANY";
      case "contacts", "contact", "0-1" -> "CONTACT";
      default -> objectType;
    };
  }

  private static String words(String name) {
    String spaced = name.replace('_', ' ');
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
