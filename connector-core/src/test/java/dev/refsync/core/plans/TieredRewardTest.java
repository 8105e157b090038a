package dev.refsync.core.plans;

import static dev.refsync.core.plans.PlansTesting.onePlan;
import static dev.refsync.core.plans.PlansTesting.onlyProblemIn;
import static dev.refsync.core.plans.PlansTesting.problemsIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TIERED rewards: tiers start at conversion 1 and climb strictly; months only for PAYMENTS. */
class TieredRewardTest {

  private static String tiered(String rewardBody) {
    return onePlan(
        "referrerTypes: [PARTNER]\nreward:\n" + rewardBody.indent(2) + "trigger: CLOSED_WON");
  }

  @Test
  void validTiersLoadInOrder() {
    PlansConfig config =
        PlansLoader.parse(
            "plans.yaml",
            tiered(
                """
                type: TIERED
                basis: PAYMENTS
                months: 24
                cap: 20000
                tiers:
                  - {fromConversion: 1, percent: 10}
                  - {fromConversion: 5, percent: 12.5}
                  - {fromConversion: 10, percent: 15}"""));

    assertThat(config.plans().get(0).reward())
        .isEqualTo(
            new Reward.Tiered(
                List.of(
                    new Reward.Tier(1, new BigDecimal("10")),
                    new Reward.Tier(5, new BigDecimal("12.5")),
                    new Reward.Tier(10, new BigDecimal("15"))),
                Reward.Basis.PAYMENTS,
                24,
                new BigDecimal("20000")));
  }

  @Test
  void emptyTiers() {
    PlansProblem problem = onlyProblemIn(tiered("type: TIERED\nbasis: ACV\ntiers: []"));

    assertThat(problem.line()).isEqualTo(7);
    assertThat(problem.column()).isEqualTo(14);
    assertThat(problem.message()).isEqualTo("plans[0].reward.tiers is empty");
  }

  @Test
  void firstTierNotStartingAtOne() {
    PlansProblem problem =
        onlyProblemIn(
            tiered("type: TIERED\nbasis: ACV\ntiers:\n  - {fromConversion: 2, percent: 10}"));

    assertThat(problem.line()).isEqualTo(8);
    assertThat(problem.column()).isEqualTo(28);
    assertThat(problem.message())
        .isEqualTo(
            "plans[0].reward.tiers[0].fromConversion of the first tier is 2, but the first tier"
                + " must start at 1");
  }

  @Test
  void tiersNotStrictlyAscendingAreEachReported() {
    List<PlansProblem> problems =
        problemsIn(
            tiered(
                """
                type: TIERED
                basis: ACV
                tiers:
                  - {fromConversion: 1, percent: 10}
                  - {fromConversion: 5, percent: 12}
                  - {fromConversion: 5, percent: 14}
                  - {fromConversion: 3, percent: 16}"""));

    assertThat(problems)
        .extracting(PlansProblem::line, PlansProblem::column, PlansProblem::message)
        .containsExactly(
            tuple(
                10,
                28,
                "plans[0].reward.tiers[2].fromConversion is 5, not above the previous tier's 5"),
            tuple(
                11,
                28,
                "plans[0].reward.tiers[3].fromConversion is 3, not above the previous tier's 5"));
    assertThat(problems.get(0).hint()).contains("strictly ascending");
  }

  @Test
  void monthsWithAcvBasis() {
    PlansProblem problem =
        onlyProblemIn(
            tiered(
                "type: TIERED\nbasis: ACV\nmonths: 12\ntiers: [{fromConversion: 1, percent: 10}]"));

    assertThat(problem.line()).isEqualTo(7);
    assertThat(problem.column()).isEqualTo(15);
    assertThat(problem.message())
        .isEqualTo("plans[0].reward.months only applies to basis PAYMENTS");
  }

  @Test
  void tierPercentOutOfRange() {
    PlansProblem problem =
        onlyProblemIn(
            tiered("type: TIERED\nbasis: ACV\ntiers: [{fromConversion: 1, percent: 120}]"));

    assertThat(problem.column()).isEqualTo(44);
    assertThat(problem.message())
        .isEqualTo("plans[0].reward.tiers[0].percent must be more than 0 and at most 100, not 120");
  }
}
