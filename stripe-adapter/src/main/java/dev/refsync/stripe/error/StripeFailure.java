package dev.refsync.stripe.error;

import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.StripeException;
import com.stripe.model.StripeError;
import com.stripe.net.StripeResponse;
import java.util.Locale;
import java.util.Optional;

/**
 * What a {@link StripeException} says about itself, read once: HTTP status, Stripe error code and
 * the {@code Stripe-Should-Retry} header. stripe-java 33.3.0 has no header accessor on the
 * exception; it keeps the error response on {@code getStripeError().getLastResponse()}, whose
 * headers carry {@code Stripe-Should-Retry} (stripe-java's own {@code RetryingHttpClient} reads the
 * same header).
 *
 * @param status HTTP status, 0 when no response arrived
 * @param code Stripe's error code ({@code rate_limit}, {@code lock_timeout}, ...), may be null
 * @param shouldRetry the {@code Stripe-Should-Retry} header, empty when absent
 * @param connection true when no response arrived (connection refused, reset, timeout)
 * @param unreadable true when a 2xx response arrived but its body did not parse (stripe-java then
 *     throws an {@link ApiException} carrying the 2xx status): the body was cut in transit, so
 *     whether a write took effect is known only to Stripe
 */
record StripeFailure(
    int status,
    String code,
    Optional<Boolean> shouldRetry,
    boolean connection,
    boolean unreadable) {

  static final String SHOULD_RETRY = "Stripe-Should-Retry";

  /** Stripe's rate limit, or object-lock contention ({@code lock_timeout}, sent as 429 or 409). */
  boolean rateLimited() {
    return status == 429 || "lock_timeout".equals(code);
  }

  static StripeFailure of(StripeException e) {
    Integer status = e.getStatusCode();
    return new StripeFailure(
        status == null ? 0 : status,
        e.getCode(),
        shouldRetry(e),
        e instanceof ApiConnectionException,
        e instanceof ApiException && status != null && status >= 200 && status < 300);
  }

  private static Optional<Boolean> shouldRetry(StripeException e) {
    StripeError error = e.getStripeError();
    StripeResponse response = error == null ? null : error.getLastResponse();
    if (response == null) {
      return Optional.empty();
    }
    return response
        .headers()
        .firstValue(SHOULD_RETRY)
        .map(v -> Boolean.parseBoolean(v.strip().toLowerCase(Locale.ROOT)));
  }
}
