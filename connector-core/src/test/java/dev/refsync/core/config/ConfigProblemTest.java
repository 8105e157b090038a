package dev.refsync.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConfigProblemTest {
  @Test
  void printsKeyMessageAndHintOnOneLine() {
    ConfigProblem problem =
        new ConfigProblem("hubspot.privateAppToken", "is missing", "paste the private app token");

    assertThat(problem)
        .hasToString("hubspot.privateAppToken: is missing (hint: paste the private app token)");
  }

  @Test
  void everyPartIsRequired() {
    assertThatThrownBy(() -> new ConfigProblem(null, "m", "h"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("key");
    assertThatThrownBy(() -> new ConfigProblem("k", null, "h"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("message");
    assertThatThrownBy(() -> new ConfigProblem("k", "m", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("hint");
  }
}
