package dev.refsync.mappings.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.mappings.mapper.SandboxedExpressions;
import dev.refsync.mappings.spec.Attribute;
import dev.refsync.mappings.spec.CanonicalAttributes;
import dev.refsync.mappings.spec.Conversion;
import dev.refsync.mappings.spec.RecordKind;
import dev.refsync.mappings.yaml.YamlTree;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one {@code records.<kind>[i]} source: required attributes mapped, one source per field,
 * conditions, closed-won stage values, expressions that parse.
 */
final class RecordSourceCheck {
  private final ProblemSink sink;
  private final RuleChecks rules;

  RecordSourceCheck(ProblemSink sink, RuleChecks rules) {
    this.sink = sink;
    this.rules = rules;
  }

  void checkSource(RecordKind kind, JsonNode source, String pointer) {
    if (!source.isObject()) {
      return;
    }
    Map<String, Attribute> attributes = CanonicalAttributes.of(kind);
    JsonNode fields = source.path("fields");
    if (fields.isObject()) {
      for (Attribute a : attributes.values()) {
        if (a.required() && !fields.has(a.name())) {
          sink.add(
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
      sink.add(
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
        sink.add(
            pointer + "/stages/closedLost/" + i,
            false,
            "stage value '" + lost.path(i).asText() + "' is both closed-won and closed-lost",
            "keep it in one list only");
      }
    }
  }

  private void checkCondition(JsonNode condition, String pointer) {
    int tests = RuleChecks.count(condition, "equals", "in", "present");
    if (condition.isObject() && tests != 1) {
      sink.add(
          pointer,
          false,
          "a condition needs exactly one of equals, in, present (found " + tests + ")",
          "e.g. {field: Type, equals: Partner}");
    }
    rules.checkStripeMetadataKey(condition.path("field"), pointer + "/field");
  }

  private void checkFieldRule(Attribute target, JsonNode rule, String pointer) {
    int sources = RuleChecks.count(rule, "from", "association", "constant");
    if (sources == 0 && !rule.has("expression")) {
      sink.add(
          pointer,
          true,
          "field '" + target.name() + "' has no source",
          "give one of from:, association:, constant: or expression:");
    } else if (sources > 1 || (rule.has("constant") && rule.has("expression"))) {
      sink.add(
          pointer,
          true,
          "field '" + target.name() + "' has more than one source",
          "keep one of from:, association:, constant: (expression: may be combined with from:)");
    }
    JsonNode from = rule.path("from");
    if (from.isTextual()) {
      rules.checkStripeMetadataKey(from, pointer + "/from");
    }
    for (int i = 0; from.isArray() && i < from.size(); i++) {
      rules.checkStripeMetadataKey(from.path(i), pointer + "/from/" + i);
    }
    Optional<Conversion> conversion = rules.checkConversion(target, rule, pointer);
    if (conversion.orElse(null) == Conversion.MINOR_UNITS && !rule.has("currency")) {
      sink.add(
          pointer,
          true,
          "minor_units needs the record's currency to know how many decimals it has",
          "add currency: <path of the currency code>, e.g. currency: currency");
    }
    if (rule.path("expression").isTextual()) {
      SandboxedExpressions.parseError(rule.path("expression").asText())
          .ifPresent(
              err ->
                  sink.add(
                      pointer + "/expression",
                      false,
                      "expression does not parse: " + err,
                      "expressions are SpEL: #root['Field'], #value, ?:, +, ==; no types or"
                          + " methods"));
    }
    rules.checkCanonicalValue(target, rule.path("constant"), pointer + "/constant");
    rules.checkCanonicalValue(target, rule.path("default"), pointer + "/default");
  }
}
