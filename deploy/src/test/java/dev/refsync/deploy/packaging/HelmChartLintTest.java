package dev.refsync.deploy.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;

/** {@code helm lint --strict} on the chart, with the real helm linked in through helm-java. */
class HelmChartLintTest {
  @Test
  void theChartIsLintClean() {
    LintResult result = new Helm(HelmChart.DIR).lint().strict().call();
    assertThat(result.isFailed()).as("helm lint: %s", result.getMessages()).isFalse();
    assertThat(result.getMessages())
        .as("strict lint reports warnings as messages")
        .noneMatch(m -> m.contains("[WARNING]") || m.contains("[ERROR]"));
  }
}
