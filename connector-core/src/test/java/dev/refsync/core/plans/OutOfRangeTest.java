package dev.refsync.core.plans;

import static dev.refsync.core.plans.PlansTesting.onePlan;
import static dev.refsync.core.plans.PlansTesting.onlyProblemIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers that parse but make no sense for their key are reported with the allowed range. */
class OutOfRangeTest {
  private static final String PLAN =
      onePlan("referrerTypes: [PARTNER]\nreward: {type: FLAT, amount: 1}\ntrigger: CLOSED_WON");

  @ParameterizedTest
  @CsvSource({
    "windowDays, 0, 15",
    "windowDays, -30, 15",
    "enterpriseWindowDays, 0, 25",
    "halfLifeDays, 0, 17",
    "halfLifeDays, -1.5, 17"
  })
  void ruleDaysMustBePositive(String key, String value, int column) {
    // enterpriseWindowDays must also stay above windowDays; 1 keeps that check quiet here.
    String window = key.equals("windowDays") ? "" : "  windowDays: 1\n";
    PlansProblem problem = onlyProblemIn("rules:\n  " + key + ": " + value + "\n" + window + PLAN);

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.column()).isEqualTo(column);
    assertThat(problem.message())
        .isEqualTo("rules." + key + " must be greater than 0, not " + value);
  }

  @Test
  void negativeEnterpriseThreshold() {
    PlansProblem problem = onlyProblemIn("rules:\n  enterpriseAcvThreshold: -1\n" + PLAN);

    assertThat(problem.column()).isEqualTo(27);
    assertThat(problem.message())
        .isEqualTo("rules.enterpriseAcvThreshold must not be negative, not -1");
  }

  @ParameterizedTest
  @CsvSource({"holdDays", "clawbackDays"})
  void negativePlanDays(String key) {
    PlansProblem problem =
        onlyProblemIn(
            onePlan(
                "referrerTypes: [PARTNER]\nreward: {type: FLAT, amount: 1}\ntrigger: CLOSED_WON\n"
                    + key
                    + ": -7"));

    assertThat(problem.line()).isEqualTo(6);
    assertThat(problem.column()).isEqualTo(5 + key.length() + 2);
    assertThat(problem.message()).isEqualTo("plans[0]." + key + " must not be negative, not -7");
  }

  @ParameterizedTest
  @CsvSource({"0", "-30"})
  void retainedDaysMustBePositive(String days) {
    PlansProblem problem =
        onlyProblemIn(
            onePlan(
                "referrerTypes: [PARTNER]\nreward: {type: FLAT, amount: 1}\n"
                    + "trigger: {type: RETAINED, days: "
                    + days
                    + "}"));

    assertThat(problem.line()).isEqualTo(5);
    assertThat(problem.column()).isEqualTo(37);
    assertThat(problem.message())
        .isEqualTo("plans[0].trigger.days must be greater than 0, not " + days);
  }

  @ParameterizedTest
  @CsvSource({"0", "-5", "100.01", "150"})
  void percentOutsideZeroToHundred(String percent) {
    PlansProblem problem =
        onlyProblemIn(
            onePlan(
                "referrerTypes: [PARTNER]\nreward: {type: RECURRING_PERCENT, percent: "
                    + percent
                    + "}\ntrigger: CLOSED_WON"));

    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.column()).isEqualTo(48);
    assertThat(problem.message())
        .isEqualTo("plans[0].reward.percent must be more than 0 and at most 100, not " + percent);
    assertThat(problem.hint()).contains("10 means 10 %");
  }

  @Test
  void hundredPercentIsAllowed() {
    PlansConfig config =
        PlansLoader.parse(
            "plans.yaml",
            onePlan(
                "referrerTypes: [PARTNER]\nreward: {type: RECURRING_PERCENT, percent: 100}\n"
                    + "trigger: CLOSED_WON"));

    assertThat(((Reward.RecurringPercent) config.plans().get(0).reward()).percent())
        .isEqualByComparingTo("100");
  }

  @Test
  void negativeAmount() {
    PlansProblem problem =
        onlyProblemIn(
            onePlan(
                "referrerTypes: [PARTNER]\nreward: {type: FLAT, amount: -1000}\ntrigger: CLOSED_WON"));

    assertThat(problem.column()).isEqualTo(34);
    assertThat(problem.message())
        .isEqualTo("plans[0].reward.amount must not be negative, not -1000");
  }

  @Test
  void negativeCap() {
    PlansProblem problem =
        onlyProblemIn(
            onePlan(
                "referrerTypes: [PARTNER]\n"
                    + "reward: {type: PERCENT_OF_FIRST_YEAR_ACV, percent: 10, cap: -5}\n"
                    + "trigger: CLOSED_WON"));

    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.column()).isEqualTo(65);
    assertThat(problem.message()).isEqualTo("plans[0].reward.cap must not be negative, not -5");
  }

  @Test
  void recurringMonthsMustBePositive() {
    PlansProblem problem =
        onlyProblemIn(
            onePlan(
                "referrerTypes: [PARTNER]\n"
                    + "reward: {type: RECURRING_PERCENT, percent: 10, months: 0}\n"
                    + "trigger: CLOSED_WON"));

    assertThat(problem.message()).isEqualTo("plans[0].reward.months must be greater than 0, not 0");
  }
}
