package dev.refsync.stripe.error;

import static dev.refsync.stripe.error.StripeErrors.withShouldRetry;
import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.PermissionException;
import com.stripe.exception.RateLimitException;
import dev.refsync.core.error.RateLimitedException;
import dev.refsync.core.error.RetryDecision;
import dev.refsync.core.error.UpstreamServerException;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StripeErrorClassifierTest {
  private final StripeErrorClassifier classifier = new StripeErrorClassifier();

  @Test
  void rateLimit429IsRateLimited() {
    assertThat(
            classifier.classify(
                new RateLimitException("slow down", null, "req_1", "rate_limit", 429, null)))
        .isEqualTo(RetryDecision.RATE_LIMITED);
  }

  @Test
  void lockTimeoutIsRateLimitedWhateverItsStatus() {
    assertThat(
            classifier.classify(
                withShouldRetry(
                    new InvalidRequestException("locked", null, "req_1", "lock_timeout", 409, null),
                    "true")))
        .isEqualTo(RetryDecision.RATE_LIMITED);
  }

  @Test
  void shouldRetryTrueMakesAClientErrorRetryable() {
    assertThat(
            classifier.classify(
                withShouldRetry(
                    new InvalidRequestException("odd", null, "req_1", null, 400, null), "true")))
        .isEqualTo(RetryDecision.RETRYABLE);
  }

  @Test
  void shouldRetryFalseMakesAServerErrorPermanent() {
    assertThat(
            classifier.classify(
                withShouldRetry(
                    new ApiException("charged already", "req_1", null, 500, null), "false")))
        .isEqualTo(RetryDecision.PERMANENT);
  }

  @Test
  void serverErrorWithoutHeaderIsRetryable() {
    assertThat(classifier.classify(new ApiException("boom", "req_1", null, 503, null)))
        .isEqualTo(RetryDecision.RETRYABLE);
  }

  @Test
  void connectionErrorIsRetryable() {
    assertThat(classifier.classify(new ApiConnectionException("reset", new IOException("reset"))))
        .isEqualTo(RetryDecision.RETRYABLE);
  }

  @Test
  void successWhoseBodyDidNotParseIsRetryable() {
    // stripe-java's answer to a 200 cut in transit: an ApiException carrying the 2xx status.
    assertThat(
            classifier.classify(
                new ApiException(
                    "Invalid response object from API: {\"id\":", "r", null, 200, null)))
        .isEqualTo(RetryDecision.RETRYABLE);
  }

  @Test
  void conflictIsRetryable() {
    assertThat(classifier.classify(new IdempotencyException("in flight", "req_1", null, 409)))
        .isEqualTo(RetryDecision.RETRYABLE);
  }

  @Test
  void authenticationIsPermanent() {
    assertThat(classifier.classify(new AuthenticationException("bad key", "req_1", null, 401)))
        .isEqualTo(RetryDecision.PERMANENT);
  }

  @Test
  void otherClientErrorsArePermanent() {
    assertThat(
            classifier.classify(
                new InvalidRequestException(
                    "No such", "id", "req_1", "resource_missing", 404, null)))
        .isEqualTo(RetryDecision.PERMANENT);
    assertThat(classifier.classify(new PermissionException("no", "req_1", null, 403)))
        .isEqualTo(RetryDecision.PERMANENT);
  }

  @Test
  void wrappedStripeFailuresAreFoundInsideRuntimeWrappers() {
    RuntimeException wrapped =
        new RuntimeException(new RateLimitException("slow", null, "r", "rate_limit", 429, null));
    assertThat(classifier.classify(wrapped)).isEqualTo(RetryDecision.RATE_LIMITED);
  }

  @Test
  void coreExceptionsAreClassifiedByType() {
    assertThat(
            classifier.classify(
                new RateLimitedException("STRIPE", 429, "rate_limit", "m", Duration.ofSeconds(1))))
        .isEqualTo(RetryDecision.RATE_LIMITED);
    assertThat(classifier.classify(new UpstreamServerException("STRIPE", 502, null, "m", null)))
        .isEqualTo(RetryDecision.RETRYABLE);
    assertThat(
            classifier.classify(
                new dev.refsync.core.error.InvalidRequestException("STRIPE", 400, null, "m", null)))
        .isEqualTo(RetryDecision.PERMANENT);
  }

  @Test
  void programmingErrorsArePermanent() {
    assertThat(classifier.classify(new IllegalStateException("bug")))
        .isEqualTo(RetryDecision.PERMANENT);
  }
}
