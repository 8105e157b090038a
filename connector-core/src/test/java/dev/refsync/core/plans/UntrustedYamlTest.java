package dev.refsync.core.plans;

import static dev.refsync.core.plans.PlansTesting.onlyProblemIn;
import static dev.refsync.core.plans.PlansTesting.problemsIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The file is read as plain nodes: no Java type is built from it, and alias bombs are bounded. */
class UntrustedYamlTest {

  @Test
  void javaTypeTagIsRefusedNotConstructed() {
    PlansProblem problem =
        onlyProblemIn(
            """
            plans: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://localhost/"]]]]
            """);

    assertThat(problem.line()).isEqualTo(1);
    assertThat(problem.message())
        .contains("YAML syntax error")
        .contains("Global tag is not allowed");
  }

  @Test
  void aliasExpansionIsBounded() {
    StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char level = 'b'; level <= 'j'; level++) {
      yaml.append(level).append(": &").append(level).append(" [");
      String previous = String.valueOf((char) (level - 1));
      yaml.append(String.join(", ", java.util.Collections.nCopies(10, "*" + previous)));
      yaml.append("]\n");
    }

    PlansProblem problem = onlyProblemIn(yaml.toString());

    assertThat(problem.message()).contains("aliases");
  }

  @Test
  void mergeKeysAreNotSupportedAndSaySo() {
    List<PlansProblem> problems =
        problemsIn(
            """
            plans:
              - &base
                id: a
                referrerTypes: [PARTNER]
                reward: {type: FLAT, amount: 1}
                trigger: CLOSED_WON
              - <<: *base
                id: b
            """);

    // The merged keys are not taken, so plans[1] also misses referrerTypes, reward and trigger.
    assertThat(problems).hasSize(4);
    assertThat(problems.get(0).line()).isEqualTo(7);
    assertThat(problems.get(0).column()).isEqualTo(5);
    assertThat(problems.get(0).message())
        .isEqualTo("YAML merge keys (<<) are not supported in plans[1]");
  }
}
