package dev.refsync.core.attribution;

import dev.refsync.core.model.Deal;
import dev.refsync.core.plans.AttributionRules;
import java.math.BigDecimal;
import java.util.List;

/**
 * A conflict model of DESIGN 4.3, as unnormalized weights: the {@link ShareAllocator} turns them
 * into shares, so every model shares one rounding rule.
 */
interface CreditWeighting {

  /**
   * @param deal the closed-won deal
   * @param candidates the candidates that survived the rejection rules, by referral id; not empty
   * @return one weight per candidate, in the same order, at least one of them positive
   */
  Weights weigh(Deal deal, List<Candidate> candidates);

  /**
   * @param values one non-negative weight per candidate
   * @param explanation the trail sentence that says how the model decided
   */
  record Weights(List<BigDecimal> values, String explanation) {
    public Weights {
      values = List.copyOf(values);
    }
  }

  static CreditWeighting of(AttributionRules rules) {
    return switch (rules.model()) {
      case LAST_REFERRAL -> SingleWinnerWeighting.lastReferral();
      case FIRST_REFERRAL -> SingleWinnerWeighting.firstReferral();
      case SPLIT_EVEN -> new SplitEvenWeighting();
      case TIME_DECAY -> new TimeDecayWeighting(rules.halfLifeDays());
    };
  }
}
