package dev.refsync.sandbox.stripe;

import dev.refsync.sandbox.core.EmulatorResponse;

/**
 * Stops a handler with a complete Stripe error response.
 *
 * @param saved whether an {@code Idempotency-Key} remembers this answer: Stripe saves a result only
 *     once an endpoint began executing, so parameter validation failures are not saved
 *     (docs.stripe.com, "Idempotent requests")
 */
final class StripeRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient EmulatorResponse response;
  private final boolean saved;

  StripeRequestException(EmulatorResponse response, boolean saved) {
    super("HTTP " + response.status());
    this.response = response;
    this.saved = saved;
  }

  EmulatorResponse response() {
    return response;
  }

  boolean saved() {
    return saved;
  }
}
