package dev.refsync.core.commission;

import static dev.refsync.core.commission.Fixture.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.plans.AttributionRules;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.PlansConfig;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanSelectionTest {
  private static final Plan GOLD_PARTNERS =
      new Plan(
          "gold",
          Set.of(ReferrerType.PARTNER),
          Set.of("GOLD"),
          new Reward.Flat(new BigDecimal("500")),
          new Trigger.ClosedWon(),
          0,
          null);
  private static final Plan PARTNERS =
      new Plan(
          "partners",
          Set.of(ReferrerType.PARTNER),
          Set.of(),
          new Reward.Flat(new BigDecimal("100")),
          new Trigger.ClosedWon(),
          0,
          null);

  private static List<CommissionEntry> compute(Fixture f, Plan... plans) {
    return new CommissionEngine(new PlansConfig(AttributionRules.defaults(), List.of(plans)))
        .compute(f.dataset(), f.attributions(), day(100));
  }

  private static Fixture referrer(ReferrerType type, String tier) {
    return new Fixture()
        .referrer("p1", type, tier)
        .referral("r1", "p1")
        .deal("d1", "a1", "12000", "USD", 12, day(1))
        .credit("d1", "r1", "1.000000");
  }

  @Test
  void theFirstPlanWhoseFiltersMatchWinsInFileOrder() {
    assertThat(compute(referrer(ReferrerType.PARTNER, "GOLD"), GOLD_PARTNERS, PARTNERS))
        .extracting(CommissionEntry::planId)
        .containsExactly("gold");
    assertThat(compute(referrer(ReferrerType.PARTNER, "SILVER"), GOLD_PARTNERS, PARTNERS))
        .extracting(CommissionEntry::planId)
        .containsExactly("partners");
    assertThat(compute(referrer(ReferrerType.PARTNER, "GOLD"), PARTNERS, GOLD_PARTNERS))
        .extracting(CommissionEntry::planId)
        .containsExactly("partners");
  }

  @Test
  void aReferrerWithoutAPlanEarnsNothing() {
    assertThat(compute(referrer(ReferrerType.EMPLOYEE, null), GOLD_PARTNERS, PARTNERS)).isEmpty();
  }

  @Test
  void aCreditWhoseReferrerIsUnknownEarnsNothing() {
    Fixture f = referrer(ReferrerType.PARTNER, null);
    f.referrers.clear();

    assertThat(compute(f, PARTNERS)).isEmpty();
  }
}
