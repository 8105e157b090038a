package dev.refsync.core.plans;

import dev.refsync.core.model.Referrer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole {@code plans.yaml}: the attribution rules and the commission plans, in file order.
 *
 * @param rules attribution rules
 * @param plans commission plans; the first whose filters match a referrer wins
 */
public record PlansConfig(AttributionRules rules, List<Plan> plans) {
  public PlansConfig {
    Objects.requireNonNull(rules, "rules");
    plans = List.copyOf(plans);
  }

  /** The plan for a referrer: the first in file order whose filters match (DESIGN 5). */
  public Optional<Plan> planFor(Referrer referrer) {
    return plans.stream().filter(p -> p.matches(referrer)).findFirst();
  }
}
