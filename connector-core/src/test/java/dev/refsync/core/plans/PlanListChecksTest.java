package dev.refsync.core.plans;

import static dev.refsync.core.plans.PlansTesting.onlyProblemIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Checks across plans: ids are unique, and no plan is hidden by earlier catch-all plans. */
class PlanListChecksTest {

  @Test
  void duplicatePlanIdIsReportedAtTheSecondId() {
    PlansProblem problem =
        onlyProblemIn(
            """
            plans:
              - id: partner
                referrerTypes: [PARTNER]
                reward: {type: FLAT, amount: 1}
                trigger: CLOSED_WON
              - id: partner
                referrerTypes: [CUSTOMER]
                reward: {type: FLAT, amount: 1}
                trigger: CLOSED_WON
            """);

    assertThat(problem.line()).isEqualTo(6);
    assertThat(problem.column()).isEqualTo(9);
    assertThat(problem.message())
        .isEqualTo("plans[1].id 'partner' is already used by plans[0] (line 2)");
  }

  @Test
  void planAfterACatchAllForItsTypeIsShadowed() {
    PlansProblem problem =
        onlyProblemIn(
            """
            plans:
              - id: all-partners
                referrerTypes: [PARTNER]
                reward: {type: FLAT, amount: 1}
                trigger: CLOSED_WON
              - id: gold-partners
                referrerTypes: [PARTNER]
                tiers: [GOLD]
                reward: {type: FLAT, amount: 2}
                trigger: CLOSED_WON
            """);

    assertThat(problem.line()).isEqualTo(6);
    assertThat(problem.column()).isEqualTo(5);
    assertThat(problem.message())
        .isEqualTo(
            "plans[1] can never apply: every referrer type it lists [PARTNER] is already taken by"
                + " an earlier plan without a tiers filter: plans[0] (all-partners)");
    assertThat(problem.hint()).contains("move it above");
  }

  @Test
  void severalEarlierPlansTogetherCanShadowOne() {
    PlansProblem problem =
        onlyProblemIn(
            """
            plans:
              - id: partners
                referrerTypes: [PARTNER]
                reward: {type: FLAT, amount: 1}
                trigger: CLOSED_WON
              - id: customers
                referrerTypes: [CUSTOMER]
                reward: {type: FLAT, amount: 1}
                trigger: CLOSED_WON
              - id: both
                referrerTypes: [CUSTOMER, PARTNER]
                reward: {type: FLAT, amount: 1}
                trigger: CLOSED_WON
            """);

    assertThat(problem.line()).isEqualTo(10);
    assertThat(problem.message())
        .contains("plans[2] can never apply")
        .contains("plans[0] (partners)")
        .contains("plans[1] (customers)");
  }

  @Test
  void specificTierPlanBeforeCatchAllIsFine() {
    PlansConfig config =
        PlansLoader.parse(
            "plans.yaml",
            """
            plans:
              - id: gold-partners
                referrerTypes: [PARTNER]
                tiers: [GOLD]
                reward: {type: FLAT, amount: 2}
                trigger: CLOSED_WON
              - id: all-partners
                referrerTypes: [PARTNER, CUSTOMER]
                reward: {type: FLAT, amount: 1}
                trigger: CLOSED_WON
              - id: employees
                referrerTypes: [EMPLOYEE, CUSTOMER]
                reward: {type: FLAT, amount: 1}
                trigger: CLOSED_WON
            """);

    assertThat(config.plans())
        .extracting(Plan::id)
        .containsExactly("gold-partners", "all-partners", "employees");
  }
}
