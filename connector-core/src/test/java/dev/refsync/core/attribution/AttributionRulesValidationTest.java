package dev.refsync.core.attribution;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.core.plans.AttributionModel;
import dev.refsync.core.plans.AttributionRules;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-built rules that make no sense are refused up front, all problems at once. */
class AttributionRulesValidationTest {

  @Test
  void refusesANegativeWindowAndANonPositiveHalfLifeTogether() {
    AttributionRules rules =
        new AttributionRules(AttributionModel.TIME_DECAY, -1, 180, null, 0, true, Set.of());

    assertThatThrownBy(() -> new AttributionEngine(rules, Scenario.DOMAINS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rules.windowDays must be 0 or more, got -1")
        .hasMessageContaining("rules.halfLifeDays must be a positive number of days, got 0.0")
        .hasMessageContaining("plans.yaml");
  }

  @Test
  void theHalfLifeOnlyMattersForTimeDecay() {
    AttributionRules rules =
        new AttributionRules(AttributionModel.SPLIT_EVEN, 90, 180, null, 0, true, Set.of());

    assertThatCode(() -> new AttributionEngine(rules, Scenario.DOMAINS)).doesNotThrowAnyException();
  }
}
