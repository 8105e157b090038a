package dev.refsync.stripe.error;

import com.stripe.exception.StripeException;
import dev.refsync.core.error.AuthenticationException;
import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.core.error.ErrorClassifier;
import dev.refsync.core.error.InvalidRequestException;
import dev.refsync.core.error.QuotaExhaustedException;
import dev.refsync.core.error.RateLimitedException;
import dev.refsync.core.error.RetryDecision;
import dev.refsync.core.error.UpstreamServerException;
import java.io.IOException;
import java.util.Optional;

/**
 * The Stripe adapter's single retry decision (DESIGN 11), in this order:
 *
 * <ol>
 *   <li>a 429, and {@code lock_timeout} whatever its status (object-lock contention, VENDOR-FACTS),
 *       is RATE_LIMITED: waiting is the cure;
 *   <li>{@code Stripe-Should-Retry: true} is RETRYABLE and {@code false} is PERMANENT — Stripe
 *       knows better than the status code (VENDOR-FACTS: stripe-java follows it first);
 *   <li>no response (connection error), a 2xx whose body did not parse (cut in transit), 409 (an
 *       idempotency key still in flight) and 5xx are RETRYABLE — a retried write carries the same
 *       {@code Idempotency-Key}, so Stripe replays it rather than applying it twice;
 *   <li>everything else (401, 400, 402, 403, 404, other 4xx) is PERMANENT.
 * </ol>
 *
 * Failures already mapped to the core hierarchy are classified by their type, so callers may
 * classify before or after {@link StripeExceptions#map}.
 */
public final class StripeErrorClassifier implements ErrorClassifier {

  @Override
  public RetryDecision classify(Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof StripeException e) {
      return classify(StripeFailure.of(e));
    }
    if (cause instanceof RateLimitedException) {
      return RetryDecision.RATE_LIMITED;
    }
    if (cause instanceof UpstreamServerException) {
      return RetryDecision.RETRYABLE;
    }
    if (cause instanceof AuthenticationException
        || cause instanceof InvalidRequestException
        || cause instanceof QuotaExhaustedException) {
      return RetryDecision.PERMANENT;
    }
    if (cause instanceof ConnectorApiException e) {
      return e.httpStatus() >= 500 ? RetryDecision.RETRYABLE : RetryDecision.PERMANENT;
    }
    return cause instanceof IOException ? RetryDecision.RETRYABLE : RetryDecision.PERMANENT;
  }

  static RetryDecision classify(StripeFailure f) {
    if (f.rateLimited()) {
      return RetryDecision.RATE_LIMITED;
    }
    Optional<Boolean> header = f.shouldRetry();
    if (header.isPresent()) {
      return header.get() ? RetryDecision.RETRYABLE : RetryDecision.PERMANENT;
    }
    if (f.connection() || f.unreadable() || f.status() == 409 || f.status() >= 500) {
      return RetryDecision.RETRYABLE;
    }
    return RetryDecision.PERMANENT;
  }

  /** Finds the vendor failure inside wrappers (stripe-java's auto-paging wraps in a runtime). */
  private static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while (!(t instanceof StripeException)
        && !(t instanceof ConnectorApiException)
        && t.getCause() != null
        && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
