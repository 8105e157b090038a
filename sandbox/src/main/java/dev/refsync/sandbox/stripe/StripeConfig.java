package dev.refsync.sandbox.stripe;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How the emulated Stripe account behaves. Defaults follow VENDOR-FACTS (Stripe table).
 *
 * @param secretKey the only accepted API key ({@code sk_test_...}; never printed by {@link
 *     #toString()})
 * @param requestsPerSecond test-mode budget per rolling second (Stripe: 25)
 * @param idempotencyRetention how long an {@code Idempotency-Key} result is replayed (Stripe: at
 *     least 24 h)
 * @param eventRetention how far back {@code /v1/events} reaches (Stripe: 30 days)
 * @param apiVersion stamped on every event; stripe-java only deserializes {@code event.data.object}
 *     when its release train matches its own {@code Stripe.API_VERSION}
 * @param clock every {@code created}, window, key expiry and webhook timestamp comes from here
 */
public record StripeConfig(
    String secretKey,
    int requestsPerSecond,
    Duration idempotencyRetention,
    Duration eventRetention,
    String apiVersion,
    Clock clock) {

  /** The API version of stripe-java 33.3.0 ({@code com.stripe.ApiVersion.CURRENT}). */
  public static final String DEFAULT_API_VERSION = "2026-07-29.dahlia";

  public StripeConfig {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(idempotencyRetention, "idempotencyRetention");
    Objects.requireNonNull(eventRetention, "eventRetention");
    if (secretKey == null || !secretKey.startsWith("sk_test_")) {
      throw new IllegalArgumentException(
          "secretKey must be a test-mode secret key starting with sk_test_");
    }
    if (requestsPerSecond < 1) {
      throw new IllegalArgumentException(
          "requestsPerSecond must be at least 1, was " + requestsPerSecond);
    }
    if (idempotencyRetention.isNegative() || idempotencyRetention.isZero()) {
      throw new IllegalArgumentException("idempotencyRetention must be positive");
    }
    if (eventRetention.isNegative() || eventRetention.isZero()) {
      throw new IllegalArgumentException("eventRetention must be positive");
    }
    if (apiVersion == null || apiVersion.isBlank()) {
      throw new IllegalArgumentException("apiVersion must not be blank");
    }
  }

  /** 25 req/s, keys kept 24 h, events kept 30 days, stripe-java 33.3.0's API version. */
  public static StripeConfig defaults(String secretKey, Clock clock) {
    return new StripeConfig(
        secretKey, 25, Duration.ofHours(24), Duration.ofDays(30), DEFAULT_API_VERSION, clock);
  }

  public StripeConfig withRequestsPerSecond(int limit) {
    return new StripeConfig(
        secretKey, limit, idempotencyRetention, eventRetention, apiVersion, clock);
  }

  public StripeConfig withApiVersion(String version) {
    return new StripeConfig(
        secretKey, requestsPerSecond, idempotencyRetention, eventRetention, version, clock);
  }

  @Override
  public String toString() {
    return "StripeConfig[secretKey=****, requestsPerSecond="
        + requestsPerSecond
        + ", idempotencyRetention="
        + idempotencyRetention
        + ", eventRetention="
        + eventRetention
        + ", apiVersion="
        + apiVersion
        + "]";
  }
}
