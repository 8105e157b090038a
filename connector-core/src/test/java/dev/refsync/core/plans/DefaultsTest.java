package dev.refsync.core.plans;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.ReferrerType;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Keys left out take DESIGN 4 and 5's defaults. */
class DefaultsTest {
  private static final String ONE_PLAN =
      """
      plans:
        - id: customer-flat
          referrerTypes: [CUSTOMER]
          reward: {type: FLAT, amount: 250}
          trigger: CLOSED_WON
      """;

  @Test
  void rulesSectionAbsentMeansDesignDefaults() {
    PlansConfig config = PlansLoader.parse("plans.yaml", ONE_PLAN);

    assertThat(config.rules())
        .isEqualTo(
            new AttributionRules(
                AttributionModel.LAST_REFERRAL, 90, 180, null, 30.0, true, Set.of()));
  }

  @Test
  void emptyRulesSectionMeansDesignDefaults() {
    PlansConfig config = PlansLoader.parse("plans.yaml", "rules:\n" + ONE_PLAN);

    assertThat(config.rules()).isEqualTo(AttributionRules.defaults());
  }

  @Test
  void partialRulesKeepDefaultsForTheRest() {
    PlansConfig config =
        PlansLoader.parse(
            "plans.yaml", "rules:\n  model: TIME_DECAY\n  halfLifeDays: 14.5\n" + ONE_PLAN);

    assertThat(config.rules())
        .isEqualTo(
            new AttributionRules(AttributionModel.TIME_DECAY, 90, 180, null, 14.5, true, Set.of()));
  }

  @Test
  void planWithoutHoldClawbackOrTiersTakesTheirDefaults() {
    Plan plan = PlansLoader.parse("plans.yaml", ONE_PLAN).plans().get(0);

    assertThat(plan)
        .isEqualTo(
            new Plan(
                "customer-flat",
                Set.of(ReferrerType.CUSTOMER),
                Set.of(),
                new Reward.Flat(new BigDecimal("250")),
                new Trigger.ClosedWon(),
                0,
                null));
  }

  @Test
  void explicitNullForOptionalValuesMeansNone() {
    PlansConfig config =
        PlansLoader.parse(
            "plans.yaml",
            """
            rules:
              enterpriseAcvThreshold: ~
            plans:
              - id: r
                referrerTypes: [PARTNER]
                tiers:
                reward: {type: RECURRING_PERCENT, percent: 5, months: ~, cap: ~}
                trigger: FIRST_PAYMENT
                clawbackDays:
            """);

    assertThat(config.rules().enterpriseAcvThreshold()).isNull();
    Plan plan = config.plans().get(0);
    assertThat(plan.tiers()).isEmpty();
    assertThat(plan.clawbackDays()).isNull();
    assertThat(plan.reward())
        .isEqualTo(new Reward.RecurringPercent(new BigDecimal("5"), null, null));
  }

  @Test
  void selfReferralAllowDomainsAreLowerCased() {
    PlansConfig config =
        PlansLoader.parse(
            "plans.yaml",
            "rules:\n  selfReferralAllowDomains: [Certified-Agency.COM, reseller.io]\n" + ONE_PLAN);

    assertThat(config.rules().selfReferralAllowDomains())
        .containsExactlyInAnyOrder("certified-agency.com", "reseller.io");
  }
}
