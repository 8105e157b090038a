package dev.refsync.core.plans;

import static dev.refsync.core.plans.PlansTesting.onePlan;
import static dev.refsync.core.plans.PlansTesting.onlyProblemIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A key the format does not know is reported at the key, with the closest known key. */
class UnknownKeyTest {

  @Test
  void misspeltRuleKeySuggestsTheRightOne() {
    PlansProblem problem =
        onlyProblemIn(
            "rules:\n  windowDay: 30\n"
                + onePlan(
                    "referrerTypes: [PARTNER]\nreward: {type: FLAT, amount: 1}\ntrigger: CLOSED_WON"));

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.column()).isEqualTo(3);
    assertThat(problem.message()).isEqualTo("unknown key 'windowDay' in rules");
    assertThat(problem.hint()).startsWith("did you mean windowDays?");
  }

  @Test
  void misspeltPlanKeyIgnoringCaseSuggestsTheRightOne() {
    PlansProblem problem =
        onlyProblemIn(
            onePlan(
                "referrerTypes: [PARTNER]\nreward: {type: FLAT, amount: 1}\n"
                    + "trigger: CLOSED_WON\nclawbackdays: 30"));

    assertThat(problem.line()).isEqualTo(6);
    assertThat(problem.column()).isEqualTo(5);
    assertThat(problem.message()).isEqualTo("unknown key 'clawbackdays' in plans[0]");
    assertThat(problem.hint()).startsWith("did you mean clawbackDays?");
  }

  @Test
  void unrelatedTopLevelKeyListsTheAllowedKeys() {
    PlansProblem problem =
        onlyProblemIn(
            "currency: EUR\n"
                + onePlan(
                    "referrerTypes: [PARTNER]\nreward: {type: FLAT, amount: 1}\ntrigger: CLOSED_WON"));

    assertThat(problem.line()).isEqualTo(1);
    assertThat(problem.column()).isEqualTo(1);
    assertThat(problem.message()).contains("unknown key 'currency' in the top level of the file");
    assertThat(problem.hint()).isEqualTo("allowed keys: rules, plans");
  }

  @Test
  void keyThatBelongsToAnotherRewardTypeIsUnknownForThisOne() {
    PlansProblem problem =
        onlyProblemIn(
            onePlan(
                "referrerTypes: [PARTNER]\n"
                    + "reward: {type: FLAT, amount: 100, percent: 5}\n"
                    + "trigger: CLOSED_WON"));

    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.column()).isEqualTo(39);
    assertThat(problem.message()).isEqualTo("unknown key 'percent' in plans[0].reward");
    assertThat(problem.hint()).isEqualTo("allowed keys: type, amount");
  }

  @Test
  void unknownKeyInATier() {
    PlansProblem problem =
        onlyProblemIn(
            onePlan(
                """
                referrerTypes: [PARTNER]
                reward:
                  type: TIERED
                  basis: ACV
                  tiers:
                    - {fromConversion: 1, percnt: 10, percent: 10}
                trigger: CLOSED_WON"""));

    assertThat(problem.line()).isEqualTo(8);
    assertThat(problem.column()).isEqualTo(31);
    assertThat(problem.message()).isEqualTo("unknown key 'percnt' in plans[0].reward.tiers[0]");
    assertThat(problem.hint()).startsWith("did you mean percent?");
  }
}
