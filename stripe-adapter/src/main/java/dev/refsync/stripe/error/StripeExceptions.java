package dev.refsync.stripe.error;

import com.stripe.exception.StripeException;
import dev.refsync.core.error.AuthenticationException;
import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.core.error.InvalidRequestException;
import dev.refsync.core.error.RateLimitedException;
import dev.refsync.core.error.UpstreamServerException;
import java.time.Duration;

/**
 * Maps stripe-java exceptions to the core hierarchy (DESIGN 11): 429 ({@code rate_limit}) and
 * {@code lock_timeout} → {@link RateLimitedException}; 5xx, other 409s, connection errors and
 * unreadable 2xx bodies → {@link UpstreamServerException}; 401 → {@link AuthenticationException};
 * other 4xx → {@link InvalidRequestException}. The message carries Stripe's message and request id,
 * never the key.
 */
public final class StripeExceptions {
  public static final String SYSTEM = "STRIPE";

  /**
   * Stripe sends no {@code Retry-After}; its docs advise exponential backoff, and stripe-java
   * starts at 0.5 s (VENDOR-FACTS), so that is the first wait.
   */
  public static final Duration RATE_LIMIT_WAIT = Duration.ofMillis(500);

  private StripeExceptions() {}

  public static ConnectorApiException map(StripeException e) {
    StripeFailure f = StripeFailure.of(e);
    String message = describe(e);
    if (f.rateLimited()) {
      return new RateLimitedException(SYSTEM, f.status(), f.code(), message, RATE_LIMIT_WAIT);
    }
    if (f.connection() || f.unreadable() || f.status() >= 500 || f.status() == 409) {
      return new UpstreamServerException(SYSTEM, f.status(), f.code(), message, e);
    }
    if (f.status() == 401) {
      return new AuthenticationException(SYSTEM, 401, f.code(), message, e);
    }
    return new InvalidRequestException(SYSTEM, f.status(), f.code(), message, e);
  }

  private static String describe(StripeException e) {
    StringBuilder s = new StringBuilder("Stripe ");
    s.append(e.getClass().getSimpleName());
    if (e.getStatusCode() != null) {
      s.append(" HTTP ").append(e.getStatusCode());
    }
    if (e.getCode() != null) {
      s.append(" code ").append(e.getCode());
    }
    if (e.getRequestId() != null) {
      s.append(" request ").append(e.getRequestId());
    }
    // stripe-java's own message already masks keys ("sk_test_****abcd").
    s.append(": ").append(e.getMessage());
    return s.toString();
  }
}
