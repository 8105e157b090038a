package dev.refsync.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConfigChecksTest {
  private final ConfigChecks checks = new ConfigChecks("hubspot");

  @Test
  void aValidValuePassesAndAddsNothing() {
    assertThat(checks.requireText("name", "x", "h")).isTrue();
    assertThat(checks.requirePresent("zone", "UTC", "h")).isTrue();
    assertThat(checks.requireSecret("token", Secret.of("t"), "h")).isTrue();
    assertThat(checks.requirePositive("timeout", Duration.ofMillis(1), "h")).isTrue();
    assertThat(checks.requireAtLeast("attempts", 1, 1, "h")).isTrue();
    assertThat(checks.requireBetween("page", 100, 1, 100, "h")).isTrue();
    assertThat(checks.requireAbsoluteUrl("url", URI.create("https://api.hubapi.com"), "h"))
        .isTrue();
    assertThat(checks.requireAbsoluteUrl("base", "http://localhost:8080", "h")).isTrue();
    assertThat(checks.check(true, "rule", "m", "h")).isTrue();
    assertThat(checks.problems()).isEmpty();
  }

  @Test
  void missingTextIsKeyedBySectionAndField() {
    assertThat(checks.requireText("baseUrl", " ", "e.g. https://api.hubapi.com")).isFalse();
    assertThat(checks.requireText("other", null, "h")).isFalse();

    assertThat(checks.problems())
        .containsExactly(
            new ConfigProblem("hubspot.baseUrl", "is missing", "e.g. https://api.hubapi.com"),
            new ConfigProblem("hubspot.other", "is missing", "h"));
  }

  @Test
  void aMissingValueIsAProblem() {
    assertThat(checks.requirePresent("portalTimeZone", null, "e.g. UTC")).isFalse();

    assertThat(checks.problems())
        .containsExactly(new ConfigProblem("hubspot.portalTimeZone", "is missing", "e.g. UTC"));
  }

  @Test
  void anEmptyOrMissingSecretIsAProblem() {
    assertThat(checks.requireSecret("privateAppToken", Secret.of(""), "paste it")).isFalse();
    assertThat(checks.requireSecret("webhookClientSecret", null, "copy it")).isFalse();

    assertThat(checks.problems())
        .extracting(ConfigProblem::key)
        .containsExactly("hubspot.privateAppToken", "hubspot.webhookClientSecret");
  }

  @Test
  void aDurationMustBeSetAndLongerThanZero() {
    assertThat(checks.requirePositive("a", null, "e.g. 10s")).isFalse();
    assertThat(checks.requirePositive("b", Duration.ZERO, "e.g. 10s")).isFalse();
    assertThat(checks.requirePositive("c", Duration.ofSeconds(-1), "e.g. 10s")).isFalse();

    assertThat(checks.problems())
        .containsExactly(
            new ConfigProblem("hubspot.a", "is missing", "e.g. 10s"),
            new ConfigProblem("hubspot.b", "must be a positive duration, was PT0S", "e.g. 10s"),
            new ConfigProblem("hubspot.c", "must be a positive duration, was PT-1S", "e.g. 10s"));
  }

  @Test
  void numbersAreCheckedAgainstTheirBounds() {
    assertThat(checks.requireAtLeast("retryMaxAttempts", 0, 1, "1 = no retry")).isFalse();
    assertThat(checks.requireBetween("pageSize", 0, 1, 100, "Stripe's limit")).isFalse();
    assertThat(checks.requireBetween("pageSize", 101, 1, 100, "Stripe's limit")).isFalse();

    assertThat(checks.problems())
        .extracting(ConfigProblem::message)
        .containsExactly(
            "must be at least 1, was 0", "must be 1 to 100, was 0", "must be 1 to 100, was 101");
  }

  @Test
  void aUrlMustBeAbsoluteHttpWithAHost() {
    assertThat(checks.requireAbsoluteUrl("a", (URI) null, "h")).isFalse();
    assertThat(checks.requireAbsoluteUrl("b", URI.create("ftp://example.com"), "h")).isFalse();
    assertThat(checks.requireAbsoluteUrl("c", URI.create("api.hubapi.com"), "h")).isFalse();
    assertThat(checks.requireAbsoluteUrl("d", "", "h")).isFalse();
    assertThat(checks.requireAbsoluteUrl("e", "https://exa mple.com", "h")).isFalse();

    assertThat(checks.problems())
        .extracting(ConfigProblem::key, ConfigProblem::message)
        .containsExactly(
            tuple("hubspot.a", "is missing"),
            tuple(
                "hubspot.b", "must be an absolute http(s) URL with a host, was ftp://example.com"),
            tuple("hubspot.c", "must be an absolute http(s) URL with a host, was api.hubapi.com"),
            tuple("hubspot.d", "is missing"),
            tuple(
                "hubspot.e",
                "is not a URL (Illegal character in authority), was https://exa mple.com"));
  }

  @Test
  void aFreeRuleAddsItsOwnMessageAndHint() {
    assertThat(
            checks.check(false, "retryMaxBackoff", "is shorter than retryBaseBackoff", "raise it"))
        .isFalse();

    assertThat(checks.problems())
        .containsExactly(
            new ConfigProblem(
                "hubspot.retryMaxBackoff", "is shorter than retryBaseBackoff", "raise it"));
  }

  @Test
  void everyProblemIsKeptInTheOrderTheChecksRan() {
    checks.requireText("first", "", "h");
    checks.requireAtLeast("second", 0, 1, "h");
    checks.check(false, "third", "m", "h");

    assertThat(checks.problems())
        .extracting(ConfigProblem::key)
        .containsExactly("hubspot.first", "hubspot.second", "hubspot.third");
  }
}
