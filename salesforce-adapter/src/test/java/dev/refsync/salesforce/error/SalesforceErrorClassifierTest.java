package dev.refsync.salesforce.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.error.AuthenticationException;
import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.core.error.InvalidRequestException;
import dev.refsync.core.error.QuotaExhaustedException;
import dev.refsync.core.error.RateLimitedException;
import dev.refsync.core.error.RetryDecision;
import dev.refsync.core.error.UpstreamServerException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SalesforceErrorClassifierTest {
  private final SalesforceErrorClassifier classifier = new SalesforceErrorClassifier();

  @Test
  void upstreamFailuresAreRetryable() {
    assertThat(
            classifier.classify(
                new UpstreamServerException("SALESFORCE", 503, "SERVER_UNAVAILABLE", "m", null)))
        .isEqualTo(RetryDecision.RETRYABLE);
    assertThat(
            classifier.classify(
                new UpstreamServerException("SALESFORCE", 400, "UNABLE_TO_LOCK_ROW", "m", null)))
        .isEqualTo(RetryDecision.RETRYABLE);
  }

  @Test
  void ioFailuresAreRetryable() {
    assertThat(classifier.classify(new HttpTimeoutException("timed out")))
        .isEqualTo(RetryDecision.RETRYABLE);
    assertThat(classifier.classify(new UncheckedIOException(new IOException("reset"))))
        .isEqualTo(RetryDecision.RETRYABLE);
  }

  @Test
  void quotaExhaustionWaitsForTheLimitWindow() {
    assertThat(
            classifier.classify(
                new QuotaExhaustedException(
                    "SALESFORCE", 403, "REQUEST_LIMIT_EXCEEDED", "m", null)))
        .isEqualTo(RetryDecision.RATE_LIMITED);
    assertThat(
            classifier.classify(
                new RateLimitedException("SALESFORCE", 429, null, "m", Duration.ofSeconds(1))))
        .isEqualTo(RetryDecision.RATE_LIMITED);
  }

  @Test
  void authenticationAndInvalidRequestsArePermanent() {
    assertThat(
            classifier.classify(
                new AuthenticationException("SALESFORCE", 401, "INVALID_SESSION_ID", "m", null)))
        .isEqualTo(RetryDecision.PERMANENT);
    assertThat(
            classifier.classify(
                new InvalidRequestException("SALESFORCE", 400, "DUPLICATE_VALUE", "m", null)))
        .isEqualTo(RetryDecision.PERMANENT);
    assertThat(
            classifier.classify(
                new ConnectorApiException("SALESFORCE", 0, null, "interrupted", null)))
        .isEqualTo(RetryDecision.PERMANENT);
    assertThat(classifier.classify(new IllegalStateException("bug")))
        .isEqualTo(RetryDecision.PERMANENT);
  }

  @Test
  void onlyLockContentionMakesAFailedRecordRetryable() {
    assertThat(
            classifier.classifyRecord(
                new SalesforceError("UNABLE_TO_LOCK_ROW", "locked", List.of())))
        .isEqualTo(RetryDecision.RETRYABLE);
    assertThat(classifier.classifyRecord(new SalesforceError("DUPLICATE_VALUE", "dup", List.of())))
        .isEqualTo(RetryDecision.PERMANENT);
    assertThat(
            classifier.classifyRecord(
                new SalesforceError("STRING_TOO_LONG", "long", List.of("Name"))))
        .isEqualTo(RetryDecision.PERMANENT);
  }
}
