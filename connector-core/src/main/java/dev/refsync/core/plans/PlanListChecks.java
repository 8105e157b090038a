package dev.refsync.core.plans;

import dev.refsync.core.model.ReferrerType;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks that need the whole list of plans: unique ids, and no plan hidden by earlier ones. */
final class PlanListChecks {
  private final Problems problems;

  PlanListChecks(Problems problems) {
    this.problems = problems;
  }

  void check(List<PlanReader.ReadPlan> plans) {
    duplicateIds(plans);
    shadowed(plans);
  }

  /** Ids are part of every ledger entry id (DESIGN 5), so two plans may not share one. */
  private void duplicateIds(List<PlanReader.ReadPlan> plans) {
    Map<String, PlanReader.ReadPlan> first = new HashMap<>();
    for (PlanReader.ReadPlan plan : plans) {
      if (plan.id().isEmpty()) {
        continue;
      }
      PlanReader.ReadPlan earlier = first.putIfAbsent(plan.id().get(), plan);
      if (earlier != null) {
        problems.at(
            plan.idNode().orElseThrow(),
            plan.path()
                + ".id '"
                + plan.id().get()
                + "' is already used by "
                + earlier.path()
                + " (line "
                + (earlier.idNode().orElseThrow().getStartMark().getLine() + 1)
                + ")",
            "give each plan its own id; ledger entry ids are built from it");
      }
    }
  }

  /**
   * The first plan whose filters match wins (DESIGN 5), so a plan is dead when earlier plans
   * without a tier filter already take every referrer type it lists. Plans with unreadable referrer
   * types are skipped, as their real coverage is unknown.
   */
  private void shadowed(List<PlanReader.ReadPlan> plans) {
    Map<ReferrerType, String> takenBy = new EnumMap<>(ReferrerType.class);
    for (PlanReader.ReadPlan plan : plans) {
      if (!plan.typesComplete()) {
        continue;
      }
      if (takenBy.keySet().containsAll(plan.referrerTypes())) {
        Set<String> earlier = new LinkedHashSet<>();
        plan.referrerTypes().forEach(type -> earlier.add(takenBy.get(type)));
        problems.at(
            plan.node(),
            plan.path()
                + " can never apply: every referrer type it lists "
                + plan.referrerTypes()
                + " is already taken by an earlier plan without a tiers filter: "
                + String.join(", ", earlier),
            "move it above those plans, give those plans a tiers filter, or remove it");
      }
      if (plan.tiers().isEmpty()) {
        String name = plan.path() + plan.id().map(id -> " (" + id + ")").orElse("");
        plan.referrerTypes().forEach(type -> takenBy.putIfAbsent(type, name));
      }
    }
  }
}
