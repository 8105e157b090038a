package dev.refsync.mappings.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.mappings.spec.Attribute;
import dev.refsync.mappings.spec.CanonicalAttributes;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.mappings.spec.WriteBackKind;
import dev.refsync.mappings.yaml.YamlTree;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one {@code writeBack.<kind>} target: it applies to the system, no vendor field written
 * twice, written picklists reversible, the upsert key receives the id, Stripe writes metadata only.
 */
final class WriteBackCheck {
  private final ProblemSink sink;
  private final RuleChecks rules;
  private final Optional<SystemName> system;

  WriteBackCheck(ProblemSink sink, RuleChecks rules, Optional<SystemName> system) {
    this.sink = sink;
    this.rules = rules;
    this.system = system;
  }

  void checkTarget(WriteBackKind kind, JsonNode target, String pointer) {
    boolean stripe = system.orElse(null) == SystemName.STRIPE;
    if (system.isPresent() && stripe != (kind == WriteBackKind.CUSTOMER)) {
      sink.add(
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
                  sink.add(
                      rulePointer + "/to",
                      false,
                      "duplicate target: '" + to + "' is already written by '" + previous + "'",
                      "each vendor field can hold one canonical attribute; pick another field");
                }
                if (stripe) {
                  checkStripeWrite(rule.path("to"), rulePointer + "/to");
                }
              }
              rules.checkConversion(a, rule, rulePointer);
              checkReversible(rule.path("values"), rulePointer + "/values");
            });
    for (Attribute a : attributes.values()) {
      if (a.required() && fields.isObject() && !fields.has(a.name())) {
        sink.add(
            pointer + "/fields",
            false,
            "writeBack." + kind.yamlName() + " must map '" + a.name() + "'",
            "the commission id is the upsert key (DESIGN 8); map it to the external id field");
      }
    }
    String externalId = target.path("externalId").asText(null);
    String idField = fields.path("id").path("to").asText(null);
    if (externalId != null && idField != null && !externalId.equals(idField)) {
      sink.add(
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
                sink.add(
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
    if (!to.asText().startsWith(RuleChecks.METADATA)) {
      sink.add(
          pointer,
          false,
          "Stripe write-back can only set customer metadata, not '" + to.asText() + "'",
          "write to metadata.<key>");
      return;
    }
    rules.checkStripeMetadataKey(to, pointer);
  }
}
