package dev.refsync.core.plans;

import static dev.refsync.core.plans.PlansTesting.onePlan;
import static dev.refsync.core.plans.PlansTesting.onlyProblemIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Values outside a fixed set are reported with the allowed ones; case-only slips get the fix. */
class UnknownEnumValueTest {
  private static final String PLAN =
      onePlan("referrerTypes: [PARTNER]\nreward: {type: FLAT, amount: 1}\ntrigger: CLOSED_WON");

  @Test
  void unknownModelListsTheAllowedModels() {
    PlansProblem problem = onlyProblemIn("rules:\n  model: NEWEST\n" + PLAN);

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.column()).isEqualTo(10);
    assertThat(problem.message()).isEqualTo("rules.model has the unknown value 'NEWEST'");
    assertThat(problem.hint())
        .isEqualTo("allowed values: LAST_REFERRAL, FIRST_REFERRAL, SPLIT_EVEN, TIME_DECAY");
  }

  @Test
  void lowerCaseValueIsRefusedWithTheExactSpelling() {
    PlansProblem problem = onlyProblemIn("rules:\n  model: time-decay\n" + PLAN);

    assertThat(problem.message()).isEqualTo("rules.model has the unknown value 'time-decay'");
    assertThat(problem.hint()).isEqualTo("values are case-sensitive: write TIME_DECAY");
  }

  @Test
  void unknownReferrerTypeIsReportedAtTheItem() {
    PlansProblem problem =
        onlyProblemIn(
            onePlan(
                "referrerTypes: [PARTNER, RESELLER]\nreward: {type: FLAT, amount: 1}\n"
                    + "trigger: CLOSED_WON"));

    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.column()).isEqualTo(30);
    assertThat(problem.message())
        .isEqualTo("plans[0].referrerTypes[1] has the unknown value 'RESELLER'");
    assertThat(problem.hint()).isEqualTo("allowed values: CUSTOMER, PARTNER, EMPLOYEE");
  }

  @Test
  void misspeltRewardTypeSuggestsTheClosest() {
    PlansProblem problem =
        onlyProblemIn(
            onePlan(
                "referrerTypes: [PARTNER]\nreward: {type: RECURING_PERCENT, percent: 5}\n"
                    + "trigger: CLOSED_WON"));

    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.column()).isEqualTo(20);
    assertThat(problem.message())
        .isEqualTo("plans[0].reward.type has the unknown value 'RECURING_PERCENT'");
    assertThat(problem.hint())
        .isEqualTo(
            "did you mean RECURRING_PERCENT? allowed values: FLAT, PERCENT_OF_FIRST_YEAR_ACV,"
                + " RECURRING_PERCENT, TIERED");
  }

  @Test
  void unknownTrigger() {
    PlansProblem problem =
        onlyProblemIn(
            onePlan("referrerTypes: [PARTNER]\nreward: {type: FLAT, amount: 1}\ntrigger: SIGNED"));

    assertThat(problem.line()).isEqualTo(5);
    assertThat(problem.column()).isEqualTo(14);
    assertThat(problem.message()).isEqualTo("plans[0].trigger has the unknown value 'SIGNED'");
    assertThat(problem.hint()).isEqualTo("allowed values: CLOSED_WON, FIRST_PAYMENT, RETAINED");
  }

  @Test
  void lowerCaseTriggerTypeInMappingForm() {
    PlansProblem problem =
        onlyProblemIn(
            onePlan(
                "referrerTypes: [PARTNER]\nreward: {type: FLAT, amount: 1}\n"
                    + "trigger: {type: retained, days: 30}"));

    assertThat(problem.column()).isEqualTo(21);
    assertThat(problem.message())
        .isEqualTo("plans[0].trigger.type has the unknown value 'retained'");
    assertThat(problem.hint()).isEqualTo("values are case-sensitive: write RETAINED");
  }

  @Test
  void unknownTierBasis() {
    PlansProblem problem =
        onlyProblemIn(
            onePlan(
                "referrerTypes: [PARTNER]\n"
                    + "reward: {type: TIERED, basis: REVENUE, tiers: [{fromConversion: 1, percent: 5}]}\n"
                    + "trigger: CLOSED_WON"));

    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.column()).isEqualTo(35);
    assertThat(problem.message())
        .isEqualTo("plans[0].reward.basis has the unknown value 'REVENUE'");
    assertThat(problem.hint()).isEqualTo("allowed values: ACV, PAYMENTS");
  }
}
