package dev.refsync.mappings.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.mappings.mapper.SandboxedExpressions;
import dev.refsync.mappings.spec.Attribute;
import dev.refsync.mappings.spec.CanonicalAttributes;
import dev.refsync.mappings.spec.Conversion;
import dev.refsync.mappings.spec.RecordKind;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.mappings.spec.ValueType;
import dev.refsync.mappings.spec.WriteBackKind;
import dev.refsync.mappings.yaml.Position;
import dev.refsync.mappings.yaml.YamlTree;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules the JSON Schema cannot express: one source per field, conversions that fit the target,
 * picklist maps, date patterns, zones and expressions that compile, duplicate targets, closed-won
 * values, required attributes, and Stripe's metadata limits. Reads the tree defensively so that it
 * can run even when the schema already found problems: every problem is reported at once.
 */
final class SemanticCheck {
  /** Stripe metadata: keys up to 40 characters (VENDOR-FACTS, Stripe). */
  static final int STRIPE_METADATA_KEY_MAX = 40;

  private static final String METADATA = "metadata.";

  private final String file;
  private final YamlTree tree;
  private final List<Problem> problems = new ArrayList<>();
  private Optional<SystemName> system = Optional.empty();

  private SemanticCheck(String file, YamlTree tree) {
    this.file = file;
    this.tree = tree;
  }

  static List<Problem> check(String file, YamlTree tree) {
    SemanticCheck c = new SemanticCheck(file, tree);
    c.run();
    return c.problems;
  }

  private void run() {
    JsonNode root = tree.root();
    system = SystemName.fromYamlName(root.path("system").asText(null));
    JsonNode records = root.path("records");
    for (RecordKind kind : RecordKind.values()) {
      JsonNode sources = records.path(kind.yamlName());
      for (int i = 0; i < sources.size(); i++) {
        checkSource(kind, sources.path(i), "/records/" + kind.yamlName() + "/" + i);
      }
    }
    JsonNode writeBack = root.path("writeBack");
    for (WriteBackKind kind : WriteBackKind.values()) {
      JsonNode target = writeBack.path(kind.yamlName());
      if (target.isObject()) {
        checkTarget(kind, target, "/writeBack/" + kind.yamlName());
      }
    }
  }

  private void checkSource(RecordKind kind, JsonNode source, String pointer) {
    if (!source.isObject()) {
      return;
    }
    Map<String, Attribute> attributes = CanonicalAttributes.of(kind);
    JsonNode fields = source.path("fields");
    if (fields.isObject()) {
      for (Attribute a : attributes.values()) {
        if (a.required() && !fields.has(a.name())) {
          problem(
              pointer + "/fields",
              false,
              "the " + kind.yamlName() + " field '" + a.name() + "' is required but not mapped",
              "add '" + a.name() + ":' under fields, e.g. {from: <vendor field>}");
        }
      }
      fields
          .properties()
          .forEach(
              e -> {
                Attribute a = attributes.get(e.getKey());
                if (a != null && e.getValue().isObject()) {
                  checkFieldRule(
                      a, e.getValue(), pointer + "/fields/" + YamlTree.segment(e.getKey()));
                }
              });
    }
    JsonNode when = source.path("when");
    for (int i = 0; i < when.size(); i++) {
      checkCondition(when.path(i), pointer + "/when/" + i);
    }
    if (kind == RecordKind.DEAL) {
      checkStages(source.path("stages"), pointer);
    }
  }

  private void checkStages(JsonNode stages, String pointer) {
    JsonNode won = stages.path("closedWon");
    if (!stages.isMissingNode() && !stages.isObject() || !won.isMissingNode() && !won.isArray()) {
      return; // the schema reports the wrong type
    }
    if (won.isEmpty()) {
      problem(
          stages.isMissingNode() ? pointer : pointer + "/stages",
          false,
          "no closed-won stage value: deals could never be credited",
          "list the vendor stage values that mean won, e.g. stages: {closedWon: [Closed Won],"
              + " closedLost: [Closed Lost]}");
      return;
    }
    Set<String> wonValues = new HashSet<>();
    won.forEach(v -> wonValues.add(v.asText()));
    JsonNode lost = stages.path("closedLost");
    for (int i = 0; i < lost.size(); i++) {
      if (wonValues.contains(lost.path(i).asText())) {
        problem(
            pointer + "/stages/closedLost/" + i,
            false,
            "stage value '" + lost.path(i).asText() + "' is both closed-won and closed-lost",
            "keep it in one list only");
      }
    }
  }

  private void checkCondition(JsonNode condition, String pointer) {
    int tests = count(condition, "equals", "in", "present");
    if (condition.isObject() && tests != 1) {
      problem(
          pointer,
          false,
          "a condition needs exactly one of equals, in, present (found " + tests + ")",
          "e.g. {field: Type, equals: Partner}");
    }
    checkStripeMetadataKey(condition.path("field"), pointer + "/field");
  }

  private void checkFieldRule(Attribute target, JsonNode rule, String pointer) {
    int sources = count(rule, "from", "association", "constant");
    if (sources == 0 && !rule.has("expression")) {
      problem(
          pointer,
          true,
          "field '" + target.name() + "' has no source",
          "give one of from:, association:, constant: or expression:");
    } else if (sources > 1 || (rule.has("constant") && rule.has("expression"))) {
      problem(
          pointer,
          true,
          "field '" + target.name() + "' has more than one source",
          "keep one of from:, association:, constant: (expression: may be combined with from:)");
    }
    JsonNode from = rule.path("from");
    if (from.isTextual()) {
      checkStripeMetadataKey(from, pointer + "/from");
    }
    for (int i = 0; from.isArray() && i < from.size(); i++) {
      checkStripeMetadataKey(from.path(i), pointer + "/from/" + i);
    }
    Optional<Conversion> conversion = checkConversion(target, rule, pointer);
    if (conversion.orElse(null) == Conversion.MINOR_UNITS && !rule.has("currency")) {
      problem(
          pointer,
          true,
          "minor_units needs the record's currency to know how many decimals it has",
          "add currency: <path of the currency code>, e.g. currency: currency");
    }
    if (rule.path("expression").isTextual()) {
      SandboxedExpressions.parseError(rule.path("expression").asText())
          .ifPresent(
              err ->
                  problem(
                      pointer + "/expression",
                      false,
                      "expression does not parse: " + err,
                      "expressions are SpEL: #root['Field'], #value, ?:, +, ==; no types or"
                          + " methods"));
    }
    checkCanonicalValue(target, rule.path("constant"), pointer + "/constant");
    checkCanonicalValue(target, rule.path("default"), pointer + "/default");
  }

  private Optional<Conversion> checkConversion(Attribute target, JsonNode rule, String pointer) {
    Optional<Conversion> conversion =
        rule.has("convert")
            ? Conversion.fromYamlName(rule.path("convert").asText())
            : Optional.of(Conversion.defaultFor(target.type()));
    conversion.ifPresent(
        c -> {
          if (!c.canFill(target.type())) {
            problem(
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
            problem(
                pointer,
                true,
                "convert: picklist needs a values map",
                "add values: {<vendor value>: <canonical value>, ...}");
          }
        });
    if (rule.has("values") && conversion.orElse(null) != Conversion.PICKLIST) {
      problem(
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
        problem(
            pointer + "/pattern",
            false,
            "pattern: only applies to convert: date or datetime",
            "remove it or set convert: date / datetime");
      }
      try {
        DateTimeFormatter.ofPattern(rule.path("pattern").asText());
      } catch (IllegalArgumentException e) {
        problem(
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
        problem(
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

  private void checkCanonicalValue(Attribute target, JsonNode value, String pointer) {
    if (value.isMissingNode() || value.isNull()) {
      return;
    }
    String text = value.asText();
    if (target.type().isEnum()) {
      List<String> names =
          Arrays.stream(target.type().enumType().getEnumConstants()).map(Enum::name).toList();
      if (!names.contains(text)) {
        problem(
            pointer,
            false,
            "'" + text + "' is not a valid " + target.name(),
            Hints.suggest(text, names));
      }
    } else if (target.type() == ValueType.INTEGER || target.type() == ValueType.DECIMAL) {
      try {
        new java.math.BigDecimal(text);
      } catch (NumberFormatException e) {
        problem(pointer, false, "'" + text + "' is not a number", "write digits, e.g. 12");
      }
    }
  }

  private void checkTarget(WriteBackKind kind, JsonNode target, String pointer) {
    boolean stripe = system.orElse(null) == SystemName.STRIPE;
    if (system.isPresent() && stripe != (kind == WriteBackKind.CUSTOMER)) {
      problem(
          pointer,
          true,
          "writeBack." + kind.yamlName() + " does not apply to " + system.get().yamlName(),
          stripe
              ? "Stripe receives customer metadata only: use writeBack.customer"
              : "CRMs receive writeBack.deal and writeBack.commission");
    }
    Map<String, Attribute> attributes = CanonicalAttributes.of(kind);
    JsonNode fields = target.path("fields");
    Map<String, String> writtenBy = new HashMap<>();
    fields
        .properties()
        .forEach(
            e -> {
              Attribute a = attributes.get(e.getKey());
              String rulePointer = pointer + "/fields/" + YamlTree.segment(e.getKey());
              JsonNode rule = e.getValue();
              if (a == null || !rule.isObject()) {
                return;
              }
              String to = rule.path("to").asText(null);
              if (to != null) {
                String previous = writtenBy.putIfAbsent(to, e.getKey());
                if (previous != null) {
                  problem(
                      rulePointer + "/to",
                      false,
                      "duplicate target: '" + to + "' is already written by '" + previous + "'",
                      "each vendor field can hold one canonical attribute; pick another field");
                }
                if (stripe) {
                  checkStripeWrite(rule.path("to"), rulePointer + "/to");
                }
              }
              checkConversion(a, rule, rulePointer);
              checkReversible(rule.path("values"), rulePointer + "/values");
            });
    for (Attribute a : attributes.values()) {
      if (a.required() && fields.isObject() && !fields.has(a.name())) {
        problem(
            pointer + "/fields",
            false,
            "writeBack." + kind.yamlName() + " must map '" + a.name() + "'",
            "the commission id is the upsert key (DESIGN 8); map it to the external id field");
      }
    }
    String externalId = target.path("externalId").asText(null);
    String idField = fields.path("id").path("to").asText(null);
    if (externalId != null && idField != null && !externalId.equals(idField)) {
      problem(
          pointer + "/externalId",
          false,
          "externalId '"
              + externalId
              + "' is not the field that receives the id ('"
              + idField
              + "')",
          "upserts key on the ledger entry id: set externalId to " + idField);
    }
  }

  /** A written picklist is read back in reverse, so two vendor values for one canonical clash. */
  private void checkReversible(JsonNode values, String pointer) {
    Map<String, String> vendorFor = new HashMap<>();
    values
        .properties()
        .forEach(
            e -> {
              String previous = vendorFor.putIfAbsent(e.getValue().asText(), e.getKey());
              if (previous != null) {
                problem(
                    pointer + "/" + YamlTree.segment(e.getKey()),
                    true,
                    "duplicate target: '"
                        + e.getValue().asText()
                        + "' is written as both '"
                        + previous
                        + "' and '"
                        + e.getKey()
                        + "'",
                    "a written picklist must map each canonical value once");
              }
            });
  }

  private void checkStripeWrite(JsonNode to, String pointer) {
    if (!to.asText().startsWith(METADATA)) {
      problem(
          pointer,
          false,
          "Stripe write-back can only set customer metadata, not '" + to.asText() + "'",
          "write to metadata.<key>");
      return;
    }
    checkStripeMetadataKey(to, pointer);
  }

  private void checkStripeMetadataKey(JsonNode path, String pointer) {
    String p = path.asText("");
    if (system.orElse(null) != SystemName.STRIPE || !p.startsWith(METADATA)) {
      return;
    }
    String key = p.substring(METADATA.length());
    if (key.length() > STRIPE_METADATA_KEY_MAX) {
      problem(
          pointer,
          false,
          "Stripe metadata key '" + key + "' is " + key.length() + " characters long",
          "Stripe allows at most " + STRIPE_METADATA_KEY_MAX + " characters per key");
    }
  }

  private static int count(JsonNode node, String... keys) {
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

  private void problem(String pointer, boolean atKey, String message, String hint) {
    Position at = atKey ? tree.keyAt(pointer) : tree.valueAt(pointer);
    problems.add(new Problem(file, at.line(), at.column(), message, hint));
  }
}
