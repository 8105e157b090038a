package dev.refsync.mappings.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.mappings.spec.RecordKind;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.mappings.spec.WriteBackKind;
import dev.refsync.mappings.yaml.YamlTree;
import java.util.List;
import java.util.Optional;

/**
 * The rules the JSON Schema cannot express: one source per field, conversions that fit the target,
 * picklist maps, date patterns, zones and expressions that compile, duplicate targets, closed-won
 * values, required attributes, and Stripe's metadata limits. Reads the tree defensively so that it
 * can run even when the schema already found problems: every problem is reported at once.
 */
final class SemanticCheck {
  private SemanticCheck() {}

  static List<Problem> check(String file, YamlTree tree) {
    JsonNode root = tree.root();
    Optional<SystemName> system = SystemName.fromYamlName(root.path("system").asText(null));
    ProblemSink sink = new ProblemSink(file, tree);
    RuleChecks rules = new RuleChecks(sink, system);
    RecordSourceCheck sources = new RecordSourceCheck(sink, rules);
    WriteBackCheck targets = new WriteBackCheck(sink, rules, system);
    for (RecordKind kind : RecordKind.values()) {
      JsonNode list = root.path("records").path(kind.yamlName());
      for (int i = 0; i < list.size(); i++) {
        sources.checkSource(kind, list.path(i), "/records/" + kind.yamlName() + "/" + i);
      }
    }
    for (WriteBackKind kind : WriteBackKind.values()) {
      JsonNode target = root.path("writeBack").path(kind.yamlName());
      if (target.isObject()) {
        targets.checkTarget(kind, target, "/writeBack/" + kind.yamlName());
      }
    }
    return sink.problems();
  }
}
