package dev.refsync.core.plans;

import static dev.refsync.core.plans.PlansTesting.onePlan;
import static dev.refsync.core.plans.PlansTesting.onlyProblemIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Each reward form of DESIGN 5 loads into its record; numbers keep exactly the written digits. */
class RewardFormsTest {

  private static Reward rewardOf(String reward) {
    return PlansLoader.parse(
            "plans.yaml",
            onePlan("referrerTypes: [PARTNER]\nreward: " + reward + "\ntrigger: CLOSED_WON"))
        .plans()
        .get(0)
        .reward();
  }

  @Test
  void flat() {
    assertThat(rewardOf("{type: FLAT, amount: 1000}"))
        .isEqualTo(new Reward.Flat(new BigDecimal("1000")));
  }

  @Test
  void percentOfFirstYearAcvWithAndWithoutCap() {
    assertThat(rewardOf("{type: PERCENT_OF_FIRST_YEAR_ACV, percent: 10, cap: 5000}"))
        .isEqualTo(new Reward.PercentOfFirstYearAcv(new BigDecimal("10"), new BigDecimal("5000")));
    assertThat(rewardOf("{type: PERCENT_OF_FIRST_YEAR_ACV, percent: 10}"))
        .isEqualTo(new Reward.PercentOfFirstYearAcv(new BigDecimal("10"), null));
  }

  @Test
  void recurringPercentWithMonthsAndCap() {
    assertThat(rewardOf("{type: RECURRING_PERCENT, percent: 25, months: 12, cap: 3000}"))
        .isEqualTo(new Reward.RecurringPercent(new BigDecimal("25"), 12, new BigDecimal("3000")));
  }

  @Test
  void decimalsKeepTheWrittenDigitsNotABinaryApproximation() {
    Reward reward = rewardOf("{type: PERCENT_OF_FIRST_YEAR_ACV, percent: 0.1, cap: '1234.56'}");

    assertThat(reward)
        .isEqualTo(
            new Reward.PercentOfFirstYearAcv(new BigDecimal("0.1"), new BigDecimal("1234.56")));
  }

  @Test
  void yamlDigitSeparatorsAreAccepted() {
    assertThat(rewardOf("{type: FLAT, amount: 1_000}"))
        .isEqualTo(new Reward.Flat(new BigDecimal("1000")));
  }

  @Test
  void quotedNonNumberIsReported() {
    PlansProblem problem =
        onlyProblemIn(
            onePlan(
                "referrerTypes: [PARTNER]\nreward: {type: FLAT, amount: '1,000'}\n"
                    + "trigger: CLOSED_WON"));

    assertThat(problem.column()).isEqualTo(34);
    assertThat(problem.message()).isEqualTo("plans[0].reward.amount must be a number, not '1,000'");
  }
}
