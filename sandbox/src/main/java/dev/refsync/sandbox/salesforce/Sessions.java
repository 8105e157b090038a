package dev.refsync.sandbox.salesforce;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issued access tokens and when each expires. Tokens look like Salesforce's ({@code 00D…!…}) and
 * are random, so one test cannot guess another's; expiry follows the injected clock.
 */
final class Sessions {

  private final Clock clock;
  private final Duration lifetime;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Instant> expiries = new ConcurrentHashMap<>();

  Sessions(Clock clock, Duration lifetime) {
    this.clock = clock;
    this.lifetime = lifetime;
  }

  String issue() {
    byte[] bytes = new byte[48];
    random.nextBytes(bytes);
    String token =
        SalesforceConfig.ORG_ID.substring(0, 15)
            + "!"
            + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    expiries.put(token, clock.instant().plus(lifetime));
    return token;
  }

  boolean valid(String token) {
    Instant expiry = token == null ? null : expiries.get(token);
    return expiry != null && clock.instant().isBefore(expiry);
  }

  /** Test knob: every issued token is rejected from now on, as after an admin revokes sessions. */
  void expireAll() {
    expiries.clear();
  }
}
