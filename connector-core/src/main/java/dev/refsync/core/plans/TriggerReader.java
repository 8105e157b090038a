package dev.refsync.core.plans;

import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a plan's {@code trigger} (DESIGN 5): {@code CLOSED_WON}, {@code FIRST_PAYMENT}, or the
 * mapping form {@code {type: RETAINED, days: 90}} (also accepted for the other two).
 */
final class TriggerReader {
  /** The trigger names as written in YAML. */
  enum TriggerType {
    CLOSED_WON,
    FIRST_PAYMENT,
    RETAINED
  }

  static final String FORMS = "write CLOSED_WON, FIRST_PAYMENT or {type: RETAINED, days: 90}";

  private static final List<String> KEYS = List.of("type", "days");

  private final Problems problems;

  TriggerReader(Problems problems) {
    this.problems = problems;
  }

  Optional<Trigger> read(Node node, String path) {
    if (node instanceof MappingNode) {
      return readMapping(node, path);
    }
    if (YamlValues.isNull(node)) {
      problems.at(node, path + " has no value", FORMS);
      return Optional.empty();
    }
    return YamlValues.enumValue(node, path, TriggerType.class, problems)
        .flatMap(
            type ->
                switch (type) {
                  case CLOSED_WON -> Optional.of(new Trigger.ClosedWon());
                  case FIRST_PAYMENT -> Optional.of(new Trigger.FirstPayment());
                  case RETAINED -> {
                    problems.at(
                        node,
                        path + " RETAINED needs the number of days the account must stay",
                        "write {type: RETAINED, days: 90}");
                    yield Optional.empty();
                  }
                });
  }

  private Optional<Trigger> readMapping(Node node, String path) {
    YamlMap trigger = YamlMap.of(node, path, "{type: RETAINED, days: 90}", problems).orElseThrow();
    trigger.rejectUnknown(KEYS);
    Optional<TriggerType> type =
        trigger
            .required("type", FORMS)
            .flatMap(
                n -> YamlValues.enumValue(n, trigger.path("type"), TriggerType.class, problems));
    if (type.isEmpty()) {
      return Optional.empty();
    }
    if (type.get() != TriggerType.RETAINED) {
      trigger
          .get("days")
          .ifPresent(
              days ->
                  problems.at(
                      days,
                      trigger.path("days") + " only applies to a RETAINED trigger",
                      "remove days, or use {type: RETAINED, days: N}"));
      return Optional.of(
          type.get() == TriggerType.CLOSED_WON
              ? new Trigger.ClosedWon()
              : new Trigger.FirstPayment());
    }
    return trigger
        .required("days", "write {type: RETAINED, days: 90}: days after the first payment")
        .flatMap(n -> YamlValues.positiveInt(n, trigger.path("days"), problems))
        .map(Trigger.Retained::new);
  }
}
