package dev.refsync.sandbox.stripe;

import dev.refsync.sandbox.core.EmulatorRequest;
import dev.refsync.sandbox.core.EmulatorResponse;
import dev.refsync.sandbox.core.Handler;
import dev.refsync.sandbox.core.Middleware;
import dev.refsync.sandbox.core.RollingWindowRateLimiter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;

/**
 * Authentication, then the test-mode rate limit, then the endpoint; every answer gets a {@code
 * Request-Id}. A bad key costs no rate-limit permit. Stripe authenticates with the secret key as a
 * bearer token (docs.stripe.com/api/authentication).
 */
final class StripeGate implements Middleware {

  private final byte[] secretKey;
  private final StripeErrors errors;
  private final RollingWindowRateLimiter perSecond;

  StripeGate(StripeConfig config, StripeErrors errors) {
    this.secretKey = config.secretKey().getBytes(StandardCharsets.UTF_8);
    this.errors = errors;
    this.perSecond =
        new RollingWindowRateLimiter(
            config.clock(), Duration.ofSeconds(1), config.requestsPerSecond());
  }

  @Override
  public EmulatorResponse handle(EmulatorRequest request, Handler next) {
    String auth = request.header("authorization").orElse("");
    if (auth.isEmpty()) {
      return errors.unauthorized(
          "You did not provide an API key. You need to provide your API key in the Authorization"
              + " header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').");
    }
    String presented = auth.startsWith("Bearer ") ? auth.substring(7).trim() : "";
    if (!MessageDigest.isEqual(secretKey, presented.getBytes(StandardCharsets.UTF_8))) {
      return errors.unauthorized("Invalid API Key provided: " + masked(presented));
    }
    if (!perSecond.tryAcquire().allowed()) {
      return errors.rateLimited();
    }
    EmulatorResponse response = next.handle(request);
    if (!response.headers().containsKey("Request-Id")) {
      response.withHeader("Request-Id", errors.nextRequestId());
    }
    return response;
  }

  /** Stripe echoes a wrong key with all but its last four characters hidden. */
  private static String masked(String key) {
    if (key.length() <= 4) {
      return "****";
    }
    int prefix = key.startsWith("sk_test_") ? 8 : 0;
    return key.substring(0, prefix)
        + "*".repeat(Math.max(4, key.length() - prefix - 4))
        + key.substring(key.length() - 4);
  }
}
