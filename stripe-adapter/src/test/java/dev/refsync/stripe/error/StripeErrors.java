package dev.refsync.stripe.error;

import com.stripe.exception.StripeException;
import com.stripe.model.StripeError;
import com.stripe.net.HttpHeaders;
import com.stripe.net.StripeResponse;
import java.util.List;
import java.util.Map;

/** Builds stripe-java exceptions the way its response getter does, headers included. */
final class StripeErrors {
  private StripeErrors() {}

  static <E extends StripeException> E withShouldRetry(E e, String value) {
    StripeError error = new StripeError();
    error.setLastResponse(
        new StripeResponse(
            e.getStatusCode() == null ? 0 : e.getStatusCode(),
            HttpHeaders.of(Map.of("Stripe-Should-Retry", List.of(value))),
            "{}"));
    e.setStripeError(error);
    return e;
  }
}
