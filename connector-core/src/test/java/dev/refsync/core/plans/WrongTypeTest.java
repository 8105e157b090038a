package dev.refsync.core.plans;

import static dev.refsync.core.plans.PlansTesting.onePlan;
import static dev.refsync.core.plans.PlansTesting.onlyProblemIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A value of the wrong kind is reported at the value, saying what to write instead. */
class WrongTypeTest {
  private static final String PLAN =
      onePlan("referrerTypes: [PARTNER]\nreward: {type: FLAT, amount: 1}\ntrigger: CLOSED_WON");

  @Test
  void wordWhereANumberIsExpected() {
    PlansProblem problem = onlyProblemIn("rules:\n  windowDays: ninety\n" + PLAN);

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.column()).isEqualTo(15);
    assertThat(problem.message()).isEqualTo("rules.windowDays must be a number, not 'ninety'");
    assertThat(problem.hint()).contains("write digits");
  }

  @Test
  void fractionWhereAWholeNumberIsExpected() {
    PlansProblem problem = onlyProblemIn("rules:\n  windowDays: 12.5\n" + PLAN);

    assertThat(problem.column()).isEqualTo(15);
    assertThat(problem.message()).isEqualTo("rules.windowDays must be a whole number, not 12.5");
  }

  @Test
  void leadingZeroIsRefusedBecauseYamlReadsItAsOctal() {
    PlansProblem problem = onlyProblemIn("rules:\n  windowDays: 090\n" + PLAN);

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.message()).contains("leading zero").contains("octal");
  }

  @Test
  void yesIsNotABoolean() {
    PlansProblem problem = onlyProblemIn("rules:\n  excludeExistingCustomers: yes\n" + PLAN);

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.column()).isEqualTo(29);
    assertThat(problem.message())
        .isEqualTo("rules.excludeExistingCustomers must be true or false, not 'yes'");
  }

  @Test
  void listWhereANumberIsExpected() {
    PlansProblem problem = onlyProblemIn("rules:\n  halfLifeDays: [30]\n" + PLAN);

    assertThat(problem.column()).isEqualTo(17);
    assertThat(problem.message()).isEqualTo("rules.halfLifeDays is a list but must be a number");
  }

  @Test
  void emptyValueWhereANumberIsExpected() {
    PlansProblem problem = onlyProblemIn("rules:\n  windowDays:\n  model: SPLIT_EVEN\n" + PLAN);

    assertThat(problem.message()).isEqualTo("rules.windowDays has no value but must be a number");
  }

  @Test
  void scalarWhereAListIsExpected() {
    PlansProblem problem =
        onlyProblemIn(
            onePlan(
                "referrerTypes: PARTNER\nreward: {type: FLAT, amount: 1}\ntrigger: CLOSED_WON"));

    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.column()).isEqualTo(20);
    assertThat(problem.message()).isEqualTo("plans[0].referrerTypes must be a list");
    assertThat(problem.hint()).contains("[PARTNER, CUSTOMER]");
  }

  @Test
  void scalarWhereAMappingIsExpected() {
    PlansProblem problem =
        onlyProblemIn(onePlan("referrerTypes: [PARTNER]\nreward: FLAT\ntrigger: CLOSED_WON"));

    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.column()).isEqualTo(13);
    assertThat(problem.message()).isEqualTo("plans[0].reward must be a mapping of keys to values");
    assertThat(problem.hint()).contains("{type: ");
  }

  @Test
  void plansThatIsNotAList() {
    PlansProblem problem = onlyProblemIn("plans:\n  id: p\n");

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.column()).isEqualTo(3);
    assertThat(problem.message()).isEqualTo("plans must be a list");
  }

  @Test
  void fileThatIsNotAMapping() {
    PlansProblem problem = onlyProblemIn("- id: p\n");

    assertThat(problem.line()).isEqualTo(1);
    assertThat(problem.message()).contains("the top level of the file must be a mapping");
  }
}
