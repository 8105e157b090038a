package dev.refsync.mappings.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.mappings.spec.Attribute;
import dev.refsync.mappings.spec.Conversion;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.mappings.spec.ValueType;
import dev.refsync.mappings.yaml.YamlTree;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Checks shared by read and write rules: conversions that fit the target, picklist values, date
 * patterns and zones that compile, canonical constants, and Stripe's metadata key limit.
 */
final class RuleChecks {
  /** Stripe metadata: keys up to 40 characters (VENDOR-FACTS, Stripe). */
  static final int STRIPE_METADATA_KEY_MAX = 40;

  /** Stripe write-back and metadata paths start with this. */
  static final String METADATA = "metadata.";

  private final ProblemSink sink;
  private final Optional<SystemName> system;

  RuleChecks(ProblemSink sink, Optional<SystemName> system) {
    this.sink = sink;
    this.system = system;
  }

  Optional<Conversion> checkConversion(Attribute target, JsonNode rule, String pointer) {
    Optional<Conversion> conversion =
        rule.has("convert")
            ? Conversion.fromYamlName(rule.path("convert").asText())
            : Optional.of(Conversion.defaultFor(target.type()));
    conversion.ifPresent(
        c -> {
          if (!c.canFill(target.type())) {
            sink.add(
                pointer + "/convert",
                false,
                "convert: "
                    + c.yamlName()
                    + " produces "
                    + describe(c.produces())
                    + " but '"
                    + target.name()
                    + "' holds "
                    + describe(target.type()),
                "use one of: " + String.join(", ", fitting(target.type())));
          }
          if (c == Conversion.PICKLIST && !rule.path("values").isObject()) {
            sink.add(
                pointer,
                true,
                "convert: picklist needs a values map",
                "add values: {<vendor value>: <canonical value>, ...}");
          }
        });
    if (rule.has("values") && conversion.orElse(null) != Conversion.PICKLIST) {
      sink.add(
          pointer + "/values",
          true,
          "values: only applies with convert: picklist",
          "add convert: picklist or remove values:");
    }
    JsonNode values = rule.path("values");
    if (values.isObject() && target.type().isEnum()) {
      values
          .properties()
          .forEach(
              e ->
                  checkCanonicalValue(
                      target, e.getValue(), pointer + "/values/" + YamlTree.segment(e.getKey())));
    }
    if (rule.path("pattern").isTextual()) {
      if (conversion.orElse(null) != Conversion.DATE
          && conversion.orElse(null) != Conversion.DATETIME) {
        sink.add(
            pointer + "/pattern",
            false,
            "pattern: only applies to convert: date or datetime",
            "remove it or set convert: date / datetime");
      }
      try {
        DateTimeFormatter.ofPattern(rule.path("pattern").asText());
      } catch (IllegalArgumentException e) {
        sink.add(
            pointer + "/pattern",
            false,
            "date pattern '"
                + rule.path("pattern").asText()
                + "' does not compile: "
                + e.getMessage(),
            "use java.time letters, e.g. yyyy-MM-dd'T'HH:mm:ss.SSSZ");
      }
    }
    if (rule.path("zone").isTextual()) {
      String zone = rule.path("zone").asText();
      try {
        ZoneId.of(zone);
      } catch (DateTimeException e) {
        sink.add(
            pointer + "/zone",
            false,
            "unknown time zone '" + zone + "'",
            Hints.closest(zone, ZoneId.getAvailableZoneIds())
                .map(z -> "did you mean '" + z + "'?")
                .orElse("use a region id such as Europe/Paris or UTC"));
      }
    }
    return conversion;
  }

  void checkCanonicalValue(Attribute target, JsonNode value, String pointer) {
    if (value.isMissingNode() || value.isNull()) {
      return;
    }
    String text = value.asText();
    if (target.type().isEnum()) {
      List<String> names =
          Arrays.stream(target.type().enumType().getEnumConstants()).map(Enum::name).toList();
      if (!names.contains(text)) {
        sink.add(
            pointer,
            false,
            "'" + text + "' is not a valid " + target.name(),
            Hints.suggest(text, names));
      }
    } else if (target.type() == ValueType.INTEGER || target.type() == ValueType.DECIMAL) {
      try {
        new java.math.BigDecimal(text);
      } catch (NumberFormatException e) {
        sink.add(pointer, false, "'" + text + "' is not a number", "write digits, e.g. 12");
      }
    }
  }

  void checkStripeMetadataKey(JsonNode path, String pointer) {
    String p = path.asText("");
    if (system.orElse(null) != SystemName.STRIPE || !p.startsWith(METADATA)) {
      return;
    }
    String key = p.substring(METADATA.length());
    if (key.length() > STRIPE_METADATA_KEY_MAX) {
      sink.add(
          pointer,
          false,
          "Stripe metadata key '" + key + "' is " + key.length() + " characters long",
          "Stripe allows at most " + STRIPE_METADATA_KEY_MAX + " characters per key");
    }
  }

  static int count(JsonNode node, String... keys) {
    return (int) Arrays.stream(keys).filter(node::has).count();
  }

  private static String describe(ValueType type) {
    if (type == null) {
      return "a mapped value";
    }
    return switch (type) {
      case TEXT -> "text";
      case DECIMAL -> "a decimal";
      case INTEGER -> "an integer";
      case INSTANT -> "a time";
      case TEXT_SET -> "a list";
      default -> "one of " + Arrays.toString(type.enumType().getEnumConstants());
    };
  }

  private static List<String> fitting(ValueType target) {
    return Arrays.stream(Conversion.values())
        .filter(c -> c.canFill(target))
        .map(Conversion::yamlName)
        .toList();
  }
}
