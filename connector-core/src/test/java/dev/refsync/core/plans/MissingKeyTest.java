package dev.refsync.core.plans;

import static dev.refsync.core.plans.PlansTesting.onePlan;
import static dev.refsync.core.plans.PlansTesting.onlyProblemIn;
import static dev.refsync.core.plans.PlansTesting.problemsIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Required keys that are absent are reported at the mapping that should hold them. */
class MissingKeyTest {

  @Test
  void planWithoutId() {
    PlansProblem problem =
        onlyProblemIn(
            """
            plans:
              - referrerTypes: [PARTNER]
                reward: {type: FLAT, amount: 1}
                trigger: CLOSED_WON
            """);

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.column()).isEqualTo(5);
    assertThat(problem.message()).isEqualTo("plans[0] is missing the required key 'id'");
  }

  @Test
  void planWithoutReferrerTypes() {
    PlansProblem problem =
        onlyProblemIn(onePlan("reward: {type: FLAT, amount: 1}\ntrigger: CLOSED_WON"));

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.column()).isEqualTo(5);
    assertThat(problem.message()).isEqualTo("plans[0] is missing the required key 'referrerTypes'");
    assertThat(problem.hint()).contains("referrerTypes: [PARTNER]");
  }

  @Test
  void planWithoutReward() {
    PlansProblem problem = onlyProblemIn(onePlan("referrerTypes: [PARTNER]\ntrigger: CLOSED_WON"));

    assertThat(problem.message()).isEqualTo("plans[0] is missing the required key 'reward'");
  }

  @Test
  void planWithoutTriggerSaysThereIsNoDefault() {
    PlansProblem problem =
        onlyProblemIn(onePlan("referrerTypes: [PARTNER]\nreward: {type: FLAT, amount: 1}"));

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.column()).isEqualTo(5);
    assertThat(problem.message()).isEqualTo("plans[0] is missing the required key 'trigger'");
    assertThat(problem.hint())
        .contains("no default")
        .contains("CLOSED_WON, FIRST_PAYMENT or {type: RETAINED, days: 90}");
  }

  @Test
  void rewardWithoutType() {
    PlansProblem problem =
        onlyProblemIn(
            onePlan("referrerTypes: [PARTNER]\nreward: {amount: 1}\ntrigger: CLOSED_WON"));

    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.column()).isEqualTo(13);
    assertThat(problem.message()).isEqualTo("plans[0].reward is missing the required key 'type'");
  }

  @Test
  void eachRewardTypeNamesItsOwnRequiredKeys() {
    List<PlansProblem> problems =
        problemsIn(
            """
            plans:
              - id: a
                referrerTypes: [PARTNER]
                reward: {type: FLAT}
                trigger: CLOSED_WON
              - id: b
                referrerTypes: [CUSTOMER]
                reward: {type: PERCENT_OF_FIRST_YEAR_ACV, cap: 10}
                trigger: CLOSED_WON
              - id: c
                referrerTypes: [EMPLOYEE]
                tiers: [GOLD]
                reward: {type: RECURRING_PERCENT, months: 12}
                trigger: CLOSED_WON
              - id: d
                referrerTypes: [EMPLOYEE]
                reward: {type: TIERED}
                trigger: CLOSED_WON
            """);

    assertThat(problems)
        .extracting(PlansProblem::line, PlansProblem::message)
        .containsExactly(
            tuple(4, "plans[0].reward is missing the required key 'amount'"),
            tuple(8, "plans[1].reward is missing the required key 'percent'"),
            tuple(13, "plans[2].reward is missing the required key 'percent'"),
            tuple(17, "plans[3].reward is missing the required key 'basis'"),
            tuple(17, "plans[3].reward is missing the required key 'tiers'"));
  }

  @Test
  void retainedTriggerWithoutDays() {
    PlansProblem problem =
        onlyProblemIn(
            onePlan(
                "referrerTypes: [PARTNER]\nreward: {type: FLAT, amount: 1}\n"
                    + "trigger: {type: RETAINED}"));

    assertThat(problem.line()).isEqualTo(5);
    assertThat(problem.column()).isEqualTo(14);
    assertThat(problem.message()).isEqualTo("plans[0].trigger is missing the required key 'days'");
  }

  @Test
  void fileWithoutPlans() {
    PlansProblem problem = onlyProblemIn("rules:\n  model: SPLIT_EVEN\n");

    assertThat(problem.line()).isEqualTo(1);
    assertThat(problem.column()).isEqualTo(1);
    assertThat(problem.message())
        .isEqualTo("the top level of the file is missing the required key 'plans'");
  }

  @Test
  void emptyPlansList() {
    PlansProblem problem = onlyProblemIn("plans: []\n");

    assertThat(problem.line()).isEqualTo(1);
    assertThat(problem.column()).isEqualTo(8);
    assertThat(problem.message()).startsWith("plans is empty");
  }

  @Test
  void emptyReferrerTypesCanNeverApply() {
    PlansProblem problem =
        onlyProblemIn(
            onePlan("referrerTypes: []\nreward: {type: FLAT, amount: 1}\ntrigger: CLOSED_WON"));

    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.column()).isEqualTo(20);
    assertThat(problem.message())
        .isEqualTo("plans[0].referrerTypes is empty, so the plan can never apply");
  }

  @Test
  void planListItemWithoutContent() {
    PlansProblem problem = onlyProblemIn("plans:\n  -\n");

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.message()).isEqualTo("plans[0] must be a mapping of keys to values");
  }
}
