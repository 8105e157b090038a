package dev.refsync.core.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

/** Shared helpers: parse YAML that must be rejected and return what was reported. */
final class PlansTesting {
  static final String SOURCE = "plans.yaml";

  private PlansTesting() {}

  static List<PlansProblem> problemsIn(String yaml) {
    return assertThrows(InvalidPlansException.class, () -> PlansLoader.parse(SOURCE, yaml))
        .problems();
  }

  static PlansProblem onlyProblemIn(String yaml) {
    List<PlansProblem> problems = problemsIn(yaml);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  /** A one-plan file around the given plan body lines (each indented by four spaces). */
  static String onePlan(String planBody) {
    return "plans:\n  - id: p\n" + planBody.indent(4);
  }
}
