package dev.refsync.mappings.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expressions can read the record but can never reach Java classes (DESIGN 6). */
class SandboxedExpressionsTest {
  private static final Map<String, Object> RECORD =
      Map.of("properties", Map.of("firstname", "Jane", "lastname", "Doe"), "Amount", 10);

  @Test
  void readsTheRecordAndTheFromValue() {
    assertThat(
            SandboxedExpressions.evaluate(
                "#root['properties']['firstname'] + ' ' + #root['properties']['lastname']",
                RECORD,
                null))
        .isEqualTo("Jane Doe");
    assertThat(SandboxedExpressions.evaluate("#value * 12", RECORD, 2)).isEqualTo(24);
    assertThat(SandboxedExpressions.evaluate("#root['missing'] ?: 'none'", RECORD, null))
        .isEqualTo("none");
  }

  @Test
  void cannotReachJavaTypes() {
    for (String attack :
        List.of(
            "T(java.lang.Runtime).getRuntime().exec('id')",
            "T(java.lang.System).getProperty('user.home')",
            "new java.io.File('/etc/passwd')",
            "''.getClass().forName('java.lang.Runtime')",
            "#root.getClass()",
            "@someBean")) {
      assertThat(SandboxedExpressions.parseError(attack)).as(attack).isEmpty();
      assertThatThrownBy(() -> SandboxedExpressions.evaluate(attack, RECORD, "x"))
          .as(attack)
          .isInstanceOf(SandboxedExpressions.ExpressionFailedException.class);
    }
  }

  @Test
  void cannotAssign() {
    assertThatThrownBy(
            () ->
                SandboxedExpressions.evaluate(
                    "#root['Amount'] = 99", new java.util.HashMap<>(RECORD), null))
        .isInstanceOf(SandboxedExpressions.ExpressionFailedException.class);
  }
}
