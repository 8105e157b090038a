package dev.refsync.sandbox.salesforce;

import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * How the emulated org behaves.
 *
 * @param username / password the one user the password grant accepts (the JWT {@code sub})
 * @param clientId / clientSecret the connected app (the JWT {@code iss} is the client id)
 * @param jwtPublicKey the certificate key uploaded to the connected app; the JWT bearer grant is
 *     refused when null
 * @param jwtAudience the {@code aud} a JWT must carry ({@code https://login.salesforce.com})
 * @param sessionLifetime how long an access token is valid after it was issued
 * @param dailyApiRequests the rolling-24-hour API allocation (Developer Edition: 15,000)
 * @param clock every timestamp, expiry and limit window comes from here
 */
public record SalesforceConfig(
    String username,
    String password,
    String clientId,
    String clientSecret,
    RSAPublicKey jwtPublicKey,
    String jwtAudience,
    Duration sessionLifetime,
    long dailyApiRequests,
    Clock clock) {

  /** The org id in token responses and identity URLs. */
  public static final String ORG_ID = "00D5g00000EmuL8EAB";

  /** The user id of {@link #username()}. */
  public static final String USER_ID = "0055g00000EmuUsAAB";

  public SalesforceConfig {
    requireText(username, "username");
    requireText(password, "password");
    requireText(clientId, "clientId");
    requireText(clientSecret, "clientSecret");
    requireText(jwtAudience, "jwtAudience");
    if (sessionLifetime.isNegative() || sessionLifetime.isZero()) {
      throw new IllegalArgumentException("sessionLifetime must be positive");
    }
    if (dailyApiRequests < 1) {
      throw new IllegalArgumentException("dailyApiRequests must be at least 1");
    }
  }

  /** A Developer Edition org: 15,000 requests per 24 h, 2-hour sessions, no JWT key yet. */
  public static SalesforceConfig defaults(
      String username, String password, String clientId, String clientSecret, Clock clock) {
    return new SalesforceConfig(
        username,
        password,
        clientId,
        clientSecret,
        null,
        "https://login.salesforce.com",
        Duration.ofHours(2),
        15_000,
        clock);
  }

  public SalesforceConfig withJwtPublicKey(RSAPublicKey key) {
    return new SalesforceConfig(
        username,
        password,
        clientId,
        clientSecret,
        key,
        jwtAudience,
        sessionLifetime,
        dailyApiRequests,
        clock);
  }

  public SalesforceConfig withSessionLifetime(Duration lifetime) {
    return new SalesforceConfig(
        username,
        password,
        clientId,
        clientSecret,
        jwtPublicKey,
        jwtAudience,
        lifetime,
        dailyApiRequests,
        clock);
  }

  public SalesforceConfig withDailyApiRequests(long limit) {
    return new SalesforceConfig(
        username,
        password,
        clientId,
        clientSecret,
        jwtPublicKey,
        jwtAudience,
        sessionLifetime,
        limit,
        clock);
  }

  Optional<RSAPublicKey> jwtKey() {
    return Optional.ofNullable(jwtPublicKey);
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  @Override
  public String toString() {
    return "SalesforceConfig[username="
        + username
        + ", password=****, clientId="
        + clientId
        + ", clientSecret=****, jwtPublicKey="
        + (jwtPublicKey == null ? "none" : "configured")
        + ", jwtAudience="
        + jwtAudience
        + ", sessionLifetime="
        + sessionLifetime
        + ", dailyApiRequests="
        + dailyApiRequests
        + "]";
  }
}
