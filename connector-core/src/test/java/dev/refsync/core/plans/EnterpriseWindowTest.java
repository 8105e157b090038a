package dev.refsync.core.plans;

import static dev.refsync.core.plans.PlansTesting.onePlan;
import static dev.refsync.core.plans.PlansTesting.onlyProblemIn;
import static dev.refsync.core.plans.PlansTesting.problemsIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An enterprise window shorter than the normal one defeats its purpose (DESIGN 4.2). */
class EnterpriseWindowTest {
  private static final String PLAN =
      onePlan("referrerTypes: [PARTNER]\nreward: {type: FLAT, amount: 1}\ntrigger: CLOSED_WON");

  @Test
  void shorterEnterpriseWindowIsReportedAtIt() {
    PlansProblem problem =
        onlyProblemIn(
            "rules:\n  windowDays: 90\n  enterpriseWindowDays: 60\n  enterpriseAcvThreshold: 1\n"
                + PLAN);

    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.column()).isEqualTo(25);
    assertThat(problem.message())
        .isEqualTo(
            "rules.enterpriseWindowDays (60) is shorter than rules.windowDays (90), so enterprise"
                + " deals would get a shorter attribution window");
    assertThat(problem.hint()).isEqualTo("set enterpriseWindowDays to at least windowDays");
  }

  @Test
  void windowLongerThanTheDefaultEnterpriseWindowIsReportedAtTheWindow() {
    PlansProblem problem =
        onlyProblemIn("rules:\n  windowDays: 200\n  enterpriseAcvThreshold: 50000\n" + PLAN);

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.column()).isEqualTo(15);
    assertThat(problem.message()).contains("(180) is shorter than rules.windowDays (200)");
  }

  @Test
  void withoutAThresholdNoDealIsEnterpriseSoALongWindowAloneIsValid() {
    PlansConfig config = PlansLoader.parse("plans.yaml", "rules:\n  windowDays: 200\n" + PLAN);

    assertThat(config.rules().windowDays()).isEqualTo(200);
  }

  @Test
  void equalWindowsAreFine() {
    PlansConfig config =
        PlansLoader.parse(
            "plans.yaml", "rules:\n  windowDays: 120\n  enterpriseWindowDays: 120\n" + PLAN);

    assertThat(config.rules().enterpriseWindowDays()).isEqualTo(120);
  }

  @Test
  void unreadableWindowIsNotComparedAgain() {
    assertThat(problemsIn("rules:\n  windowDays: ninety\n  enterpriseWindowDays: 60\n" + PLAN))
        .singleElement()
        .extracting(PlansProblem::message)
        .isEqualTo("rules.windowDays must be a number, not 'ninety'");
  }
}
