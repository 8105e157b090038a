package dev.refsync.core.plans;

import dev.refsync.core.model.ReferrerType;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one entry of {@code plans} (DESIGN 5 and 6). */
final class PlanReader {
  private static final List<String> KEYS =
      List.of("id", "referrerTypes", "tiers", "reward", "trigger", "holdDays", "clawbackDays");
  private static final String EXAMPLE =
      "{id: customer-acv, referrerTypes: [CUSTOMER], reward: {type: FLAT, amount: 500},"
          + " trigger: CLOSED_WON}";

  /**
   * What was read of one plan: the filters are kept even when the reward or trigger is wrong, so
   * the checks across plans (duplicate ids, shadowing) still run.
   *
   * @param node the plan's mapping (or whatever was written instead)
   * @param path e.g. {@code plans[2]}
   * @param id the id, when valid
   * @param idNode where the id is written, when present
   * @param referrerTypes the valid referrer types listed
   * @param typesComplete true when every listed referrer type was valid
   * @param tiers the tier filter; empty for any tier
   * @param plan the whole plan, when every part of it was valid
   */
  record ReadPlan(
      Node node,
      String path,
      Optional<String> id,
      Optional<Node> idNode,
      Set<ReferrerType> referrerTypes,
      boolean typesComplete,
      Set<String> tiers,
      Optional<Plan> plan) {}

  private final Problems problems;
  private final RewardReader rewards;
  private final TriggerReader triggers;

  PlanReader(Problems problems) {
    this.problems = problems;
    this.rewards = new RewardReader(problems);
    this.triggers = new TriggerReader(problems);
  }

  Optional<ReadPlan> read(Node node, String path) {
    Optional<YamlMap> found = YamlMap.of(node, path, EXAMPLE, problems);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    YamlMap plan = found.get();
    int before = problems.count();
    plan.rejectUnknown(KEYS);

    Optional<Node> idNode =
        plan.required("id", "give the plan a stable id, e.g. id: partner-recurring");
    Optional<String> id = idNode.flatMap(n -> YamlValues.text(n, plan.path("id"), problems));

    Set<ReferrerType> types = EnumSet.noneOf(ReferrerType.class);
    boolean typesComplete =
        plan.required("referrerTypes", "list who the plan pays, e.g. referrerTypes: [PARTNER]")
            .map(n -> referrerTypes(n, plan.path("referrerTypes"), types))
            .orElse(false);

    Set<String> tiers =
        plan.getUnlessNull("tiers").map(n -> tiers(n, plan.path("tiers"))).orElse(Set.of());

    Optional<Reward> reward =
        plan.required("reward", "write what the plan pays, e.g. reward: {type: FLAT, amount: 500}")
            .flatMap(n -> rewards.read(n, plan.path("reward")));
    Optional<Trigger> trigger =
        plan.required(
                "trigger",
                "trigger has no default because it decides when money is earned: "
                    + TriggerReader.FORMS)
            .flatMap(n -> triggers.read(n, plan.path("trigger")));
    Optional<Integer> holdDays =
        plan.get("holdDays")
            .map(n -> YamlValues.nonNegativeInt(n, plan.path("holdDays"), problems))
            .orElse(Optional.of(0));
    Integer clawbackDays =
        plan.getUnlessNull("clawbackDays")
            .flatMap(n -> YamlValues.nonNegativeInt(n, plan.path("clawbackDays"), problems))
            .orElse(null);

    Optional<Plan> built =
        problems.count() == before
            ? Optional.of(
                new Plan(
                    id.orElseThrow(),
                    types,
                    tiers,
                    reward.orElseThrow(),
                    trigger.orElseThrow(),
                    holdDays.orElseThrow(),
                    clawbackDays))
            : Optional.empty();
    return Optional.of(
        new ReadPlan(plan.node(), path, id, idNode, types, typesComplete, tiers, built));
  }

  /** Adds the valid types to {@code into}; true when the list was valid as a whole. */
  private boolean referrerTypes(Node node, String path, Set<ReferrerType> into) {
    Optional<List<Node>> items = YamlValues.sequence(node, path, "[PARTNER, CUSTOMER]", problems);
    if (items.isEmpty()) {
      return false;
    }
    if (items.get().isEmpty()) {
      problems.at(
          node,
          path + " is empty, so the plan can never apply",
          "list at least one of " + List.of(ReferrerType.values()));
      return false;
    }
    boolean complete = true;
    for (int i = 0; i < items.get().size(); i++) {
      Optional<ReferrerType> type =
          YamlValues.enumValue(
              items.get().get(i), path + "[" + i + "]", ReferrerType.class, problems);
      type.ifPresent(into::add);
      complete &= type.isPresent();
    }
    return complete;
  }

  private Set<String> tiers(Node node, String path) {
    Set<String> tiers = new LinkedHashSet<>();
    YamlValues.sequence(node, path, "[GOLD, PLATINUM]", problems)
        .ifPresent(
            items -> {
              for (int i = 0; i < items.size(); i++) {
                YamlValues.text(items.get(i), path + "[" + i + "]", problems).ifPresent(tiers::add);
              }
            });
    return tiers;
  }
}
