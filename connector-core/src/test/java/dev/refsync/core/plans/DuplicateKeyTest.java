package dev.refsync.core.plans;

import static dev.refsync.core.plans.PlansTesting.onlyProblemIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** YAML would silently keep one of two equal keys; the loader reports the second instead. */
class DuplicateKeyTest {

  @Test
  void duplicateKeyIsReportedAtTheSecondWithTheFirstLine() {
    PlansProblem problem =
        onlyProblemIn(
            """
            plans:
              - id: p
                referrerTypes: [PARTNER]
                reward: {type: FLAT, amount: 1}
                trigger: CLOSED_WON
                holdDays: 10
                holdDays: 30
            """);

    assertThat(problem.line()).isEqualTo(7);
    assertThat(problem.column()).isEqualTo(5);
    assertThat(problem.message())
        .isEqualTo("duplicate key 'holdDays' in plans[0] (first written at line 6)");
    assertThat(problem.hint()).contains("keep one of them");
  }

  @Test
  void duplicateKeyInsideAFlowMapping() {
    PlansProblem problem =
        onlyProblemIn(
            """
            plans:
              - id: p
                referrerTypes: [PARTNER]
                reward: {type: FLAT, amount: 1, amount: 2}
                trigger: CLOSED_WON
            """);

    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.column()).isEqualTo(37);
    assertThat(problem.message()).contains("duplicate key 'amount' in plans[0].reward");
  }
}
