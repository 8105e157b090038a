package dev.refsync.sandbox.hubspot;

import dev.refsync.sandbox.core.DailyRateLimiter;
import dev.refsync.sandbox.core.EmulatorRequest;
import dev.refsync.sandbox.core.EmulatorResponse;
import dev.refsync.sandbox.core.Handler;
import dev.refsync.sandbox.core.Middleware;
import dev.refsync.sandbox.core.RateLimitDecision;
import dev.refsync.sandbox.core.RollingWindowRateLimiter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;

/**
 * Authentication and limits, in HubSpot's order: a bad token is a 401 that costs nothing; then the
 * daily budget, then the 10-second rolling window (or, for search, its own per-second limit). Every
 * non-search response carries the {@code X-HubSpot-RateLimit-*} headers, 429s included; search
 * responses carry none ("Search API → limitations").
 */
final class HubSpotGate implements Middleware {

  static final Duration TEN_SECONDS = Duration.ofSeconds(10);

  private final byte[] token;
  private final HubSpotErrors errors;
  private final RollingWindowRateLimiter tenSecondly;
  private final RollingWindowRateLimiter searchSecondly;
  private final DailyRateLimiter daily;

  HubSpotGate(HubSpotConfig config, HubSpotErrors errors) {
    this.token = config.privateAppToken().getBytes(StandardCharsets.UTF_8);
    this.errors = errors;
    this.tenSecondly =
        new RollingWindowRateLimiter(config.clock(), TEN_SECONDS, config.tenSecondlyLimit());
    this.searchSecondly =
        new RollingWindowRateLimiter(
            config.clock(), Duration.ofSeconds(1), config.searchPerSecond());
    this.daily = new DailyRateLimiter(config.clock(), config.dailyResetZone(), config.dailyLimit());
  }

  static boolean isSearch(EmulatorRequest request) {
    return request.endpoint().equals(HubSpotEndpoints.SEARCH);
  }

  @Override
  public EmulatorResponse handle(EmulatorRequest request, Handler next) {
    String auth = request.header("authorization").orElse("");
    if (auth.isEmpty()) {
      return errors.unauthorized(
          "Authentication credentials not found. This API supports OAuth 2.0 authentication and"
              + " you can find more details at"
              + " https://developers.hubspot.com/docs/methods/auth/oauth-overview");
    }
    if (!auth.startsWith("Bearer ")
        || !MessageDigest.isEqual(token, auth.substring(7).getBytes(StandardCharsets.UTF_8))) {
      return errors.unauthorized(
          "Authentication credentials not found. The access token provided is not valid.");
    }
    return isSearch(request) ? search(request, next) : standard(request, next);
  }

  private EmulatorResponse search(EmulatorRequest request, Handler next) {
    if (daily.remaining() == 0) {
      return errors.rateLimited("DAILY", "You have reached your daily limit.");
    }
    if (!searchSecondly.tryAcquire().allowed()) {
      return errors.rateLimited("SECONDLY", "You have reached your secondly limit.");
    }
    daily.tryAcquire();
    return next.handle(request);
  }

  private EmulatorResponse standard(EmulatorRequest request, Handler next) {
    if (daily.remaining() == 0) {
      return headers(errors.rateLimited("DAILY", "You have reached your daily limit."));
    }
    RateLimitDecision burst = tenSecondly.tryAcquire();
    if (!burst.allowed()) {
      return headers(
          errors.rateLimited(
              "TEN_SECONDLY_ROLLING", "You have reached your ten_secondly_rolling limit."));
    }
    daily.tryAcquire();
    return headers(next.handle(request));
  }

  private EmulatorResponse headers(EmulatorResponse response) {
    return response
        .withHeader("X-HubSpot-RateLimit-Max", Long.toString(tenSecondly.limit()))
        .withHeader("X-HubSpot-RateLimit-Remaining", Long.toString(tenSecondly.remaining()))
        .withHeader(
            "X-HubSpot-RateLimit-Interval-Milliseconds", Long.toString(TEN_SECONDS.toMillis()))
        .withHeader("X-HubSpot-RateLimit-Daily", Long.toString(daily.limit()))
        .withHeader("X-HubSpot-RateLimit-Daily-Remaining", Long.toString(daily.remaining()));
  }
}
