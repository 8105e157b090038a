package dev.refsync.core.plans;

import static dev.refsync.core.plans.PlansTesting.onePlan;
import static dev.refsync.core.plans.PlansTesting.onlyProblemIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The trigger forms of DESIGN 5: a bare name, or a mapping with a type (and days for RETAINED). */
class TriggerFormsTest {

  private static Trigger triggerOf(String trigger) {
    return PlansLoader.parse(
            "plans.yaml",
            onePlan(
                "referrerTypes: [PARTNER]\nreward: {type: FLAT, amount: 1}\ntrigger: " + trigger))
        .plans()
        .get(0)
        .trigger();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "CLOSED_WON                  | ClosedWon[]",
        "FIRST_PAYMENT               | FirstPayment[]",
        "{type: CLOSED_WON}          | ClosedWon[]",
        "{type: FIRST_PAYMENT}       | FirstPayment[]",
        "{type: RETAINED, days: 90}  | Retained[days=90]"
      })
  void acceptedForms(String written, String expected) {
    assertThat(triggerOf(written)).hasToString(expected);
  }

  @Test
  void retainedMappingCarriesItsDays() {
    assertThat(triggerOf("{type: RETAINED, days: 45}")).isEqualTo(new Trigger.Retained(45));
  }

  @Test
  void bareRetainedNeedsDays() {
    PlansProblem problem =
        onlyProblemIn(
            onePlan(
                "referrerTypes: [PARTNER]\nreward: {type: FLAT, amount: 1}\ntrigger: RETAINED"));

    assertThat(problem.line()).isEqualTo(5);
    assertThat(problem.column()).isEqualTo(14);
    assertThat(problem.message()).contains("RETAINED needs the number of days");
    assertThat(problem.hint()).isEqualTo("write {type: RETAINED, days: 90}");
  }

  @Test
  void daysOnAnotherTriggerIsReported() {
    PlansProblem problem =
        onlyProblemIn(
            onePlan(
                "referrerTypes: [PARTNER]\nreward: {type: FLAT, amount: 1}\n"
                    + "trigger: {type: CLOSED_WON, days: 30}"));

    assertThat(problem.column()).isEqualTo(39);
    assertThat(problem.message())
        .isEqualTo("plans[0].trigger.days only applies to a RETAINED trigger");
  }

  @Test
  void triggerWithoutValue() {
    PlansProblem problem =
        onlyProblemIn(
            onePlan("referrerTypes: [PARTNER]\nreward: {type: FLAT, amount: 1}\ntrigger:"));

    assertThat(problem.line()).isEqualTo(5);
    assertThat(problem.message()).isEqualTo("plans[0].trigger has no value");
    assertThat(problem.hint()).isEqualTo(TriggerReader.FORMS);
  }
}
