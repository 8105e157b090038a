package dev.refsync.hubspot.provision;

import dev.refsync.hubspot.client.PropertyDefinition;
import dev.refsync.mappings.mapper.ValueCodec;
import dev.refsync.mappings.spec.Attribute;
import dev.refsync.mappings.spec.Conversion;
import dev.refsync.mappings.spec.WriteRule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The HubSpot property type ({@code type}/{@code fieldType}, developers.hubspot.com "Properties")
 * for a written-back canonical attribute:
 *
 * <ul>
 *   <li>text → {@code string}/{@code text}
 *   <li>decimal, integer → {@code number}/{@code number}
 *   <li>instant → {@code datetime}/{@code date}; with {@code convert: date}, {@code date}/{@code
 *       date}
 *   <li>canonical enums (kind, status, channel, referrer type, model, stage) → {@code
 *       enumeration}/{@code select}, one option per enum constant whose value is exactly what the
 *       write-back sends for it ({@link ValueCodec#write}), so every write passes HubSpot's option
 *       check
 *   <li>{@code convert: boolean} → {@code bool}/{@code booleancheckbox} with true/false options
 * </ul>
 */
final class PropertyTypes {
  private PropertyTypes() {}

  /**
   * @param groupName null inside a schema request (HubSpot puts them in the object's own group)
   */
  static PropertyDefinition definition(
      String name, Attribute attribute, WriteRule rule, String groupName, boolean unique) {
    String label = label(attribute.name());
    String description =
        "Written by Refsync from the canonical attribute '"
            + attribute.name()
            + "'; edits are overwritten on the next sync.";
    Boolean uniqueValue = unique ? Boolean.TRUE : null;
    if (attribute.type().isEnum()) {
      return new PropertyDefinition(
          name,
          label,
          "enumeration",
          "select",
          groupName,
          description,
          uniqueValue,
          options(attribute, rule));
    }
    if (rule.conversionFor(attribute.type()) == Conversion.BOOLEAN) {
      return new PropertyDefinition(
          name,
          label,
          "bool",
          "booleancheckbox",
          groupName,
          description,
          uniqueValue,
          List.of(
              new PropertyDefinition.Option("Yes", "true"),
              new PropertyDefinition.Option("No", "false")));
    }
    return switch (attribute.type()) {
      case DECIMAL, INTEGER ->
          new PropertyDefinition(
              name, label, "number", "number", groupName, description, uniqueValue, null);
      case INSTANT ->
          new PropertyDefinition(
              name,
              label,
              rule.conversionFor(attribute.type()) == Conversion.DATE ? "date" : "datetime",
              "date",
              groupName,
              description,
              uniqueValue,
              null);
      default ->
          new PropertyDefinition(
              name, label, "string", "text", groupName, description, uniqueValue, null);
    };
  }

  private static List<PropertyDefinition.Option> options(Attribute attribute, WriteRule rule) {
    Set<String> seen = new LinkedHashSet<>();
    List<PropertyDefinition.Option> options = new ArrayList<>();
    for (Enum<?> constant : attribute.type().enumType().getEnumConstants()) {
      String value = ValueCodec.write(attribute.type(), rule, constant, true).asText();
      // Two canonical values mapped to one vendor value give one option.
      if (seen.add(value)) {
        options.add(new PropertyDefinition.Option(words(constant.name()), value));
      }
    }
    return options;
  }

  /** {@code referrerName} → "Refsync referrer name": visibly Refsync's in HubSpot's UI. */
  static String label(String attributeName) {
    return "Refsync "
        + attributeName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  private static String words(String name) {
    String spaced = name.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
