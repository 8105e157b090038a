package dev.refsync.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidConfigExceptionTest {
  private static final ConfigProblem TOKEN =
      new ConfigProblem("hubspot.privateAppToken", "is missing", "paste the token");
  private static final ConfigProblem POOL =
      new ConfigProblem("store.maxPoolSize", "must be at least 1, was 0", "e.g. 5");

  @Test
  void listsEveryProblemOnePerLine() {
    InvalidConfigException e = new InvalidConfigException(List.of(TOKEN, POOL));

    assertThat(e.getMessage().lines())
        .containsExactly(
            "Invalid configuration, 2 problem(s):",
            "  hubspot.privateAppToken: is missing (hint: paste the token)",
            "  store.maxPoolSize: must be at least 1, was 0 (hint: e.g. 5)");
    assertThat(e.problems()).containsExactly(TOKEN, POOL);
  }

  @Test
  void throwIfAnyPassesAValidConfigAndRefusesAnInvalidOne() {
    assertThatCode(() -> InvalidConfigException.throwIfAny(List.of())).doesNotThrowAnyException();
    assertThatThrownBy(() -> InvalidConfigException.throwIfAny(List.of(POOL)))
        .isInstanceOfSatisfying(
            InvalidConfigException.class, e -> assertThat(e.problems()).containsExactly(POOL));
  }

  @Test
  void anExceptionWithoutProblemsIsAProgrammingError() {
    assertThatThrownBy(() -> new InvalidConfigException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theMessageOfCheckedSecretsNeverShowsTheirValue() {
    ConfigChecks checks = new ConfigChecks("stripe");
    Secret key = Secret.of("pk_test_do_not_print_me");
    if (checks.requireSecret("secretKey", key, "use sk_...")) {
      checks.check(key.reveal().startsWith("sk_"), "secretKey", "is not a secret key", "sk_...");
    }
    checks.requireSecret("webhookSigningSecret", Secret.of(""), "copy whsec_...");

    assertThat(new InvalidConfigException(checks.problems()).getMessage())
        .doesNotContain("pk_test_do_not_print_me")
        .contains("stripe.secretKey", "stripe.webhookSigningSecret");
  }
}
