package dev.refsync.hubspot.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.error.AuthenticationException;
import dev.refsync.core.error.InvalidRequestException;
import dev.refsync.core.error.QuotaExhaustedException;
import dev.refsync.core.error.RateLimitedException;
import dev.refsync.core.error.RetryDecision;
import dev.refsync.core.error.UpstreamServerException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HubSpotErrorClassifierTest {
  private final HubSpotErrorClassifier classifier = new HubSpotErrorClassifier();

  @Test
  void upstreamFailuresAreRetryable() {
    assertThat(classifier.classify(new UpstreamServerException("HUBSPOT", 503, null, "x", null)))
        .isEqualTo(RetryDecision.RETRYABLE);
  }

  @Test
  void rawIoFailuresAreRetryable() {
    assertThat(classifier.classify(new IOException("Connection reset")))
        .isEqualTo(RetryDecision.RETRYABLE);
  }

  @Test
  void burstRateLimitsAreRateLimited() {
    assertThat(
            classifier.classify(
                new RateLimitedException("HUBSPOT", 429, null, "x", Duration.ofSeconds(10))))
        .isEqualTo(RetryDecision.RATE_LIMITED);
  }

  @Test
  void dailyQuotaIsNeverRetriedInLine() {
    assertThat(
            classifier.classify(
                new QuotaExhaustedException(
                    "HUBSPOT", 429, "DAILY", "x", Instant.parse("2026-01-02T00:00:00Z"))))
        .isEqualTo(RetryDecision.PERMANENT);
  }

  @Test
  void authenticationFailuresArePermanent() {
    assertThat(classifier.classify(new AuthenticationException("HUBSPOT", 401, null, "x", null)))
        .isEqualTo(RetryDecision.PERMANENT);
  }

  @Test
  void invalidRequestsArePermanent() {
    assertThat(classifier.classify(new InvalidRequestException("HUBSPOT", 400, null, "x", null)))
        .isEqualTo(RetryDecision.PERMANENT);
  }

  @Test
  void unknownFailuresArePermanent() {
    assertThat(classifier.classify(new IllegalStateException("bug")))
        .isEqualTo(RetryDecision.PERMANENT);
  }
}
