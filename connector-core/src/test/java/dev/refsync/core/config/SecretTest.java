package dev.refsync.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretTest {
  @Test
  void masksItsValueInToString() {
    Secret secret = Secret.of("hunter2");

    assertThat(secret.toString()).isEqualTo("****");
    assertThat(String.valueOf(secret)).doesNotContain("hunter2");
    assertThat(secret.reveal()).isEqualTo("hunter2");
  }

  @Test
  void comparesByValue() {
    assertThat(Secret.of("a")).isEqualTo(Secret.of("a")).isNotEqualTo(Secret.of("b"));
    assertThat(Secret.of("a")).hasSameHashCodeAs(Secret.of("a"));
  }

  @Test
  void emptyMeansNoCredential() {
    assertThat(Secret.of("").isEmpty()).isTrue();
    assertThat(Secret.of("x").isEmpty()).isFalse();
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> Secret.of(null)).isInstanceOf(NullPointerException.class);
  }
}
