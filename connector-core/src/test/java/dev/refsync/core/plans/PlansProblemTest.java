package dev.refsync.core.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The compiler-style form editors and CI logs link to. */
class PlansProblemTest {

  @Test
  void formatsFileLineColumnMessageAndHint() {
    PlansProblem problem =
        new PlansProblem("plans.yaml", 12, 7, "plans[1].reward.percent is missing", "add it");

    assertThat(problem.format())
        .isEqualTo("plans.yaml:12:7: plans[1].reward.percent is missing (hint: add it)");
    assertThat(problem).hasToString(problem.format());
  }

  @Test
  void omitsAnAbsentHint() {
    assertThat(new PlansProblem("p.yaml", 1, 2, "wrong", null).format())
        .isEqualTo("p.yaml:1:2: wrong");
  }

  @Test
  void wholeFileProblemHasNoPosition() {
    assertThat(new PlansProblem("p.yaml", 0, 0, "the plans file does not exist", "check").format())
        .isEqualTo("p.yaml: the plans file does not exist (hint: check)");
  }

  @Test
  void singleProblemMessageUsesTheSingular() {
    InvalidPlansException e =
        new InvalidPlansException(List.of(new PlansProblem("p.yaml", 3, 1, "wrong", null)));

    assertThat(e.getMessage())
        .isEqualTo("1 problem in the plans file; fix it and load again:\np.yaml:3:1: wrong");
  }
}
