package dev.refsync.sandbox.hubspot;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How the emulated portal behaves. Defaults are a Professional-tier private app (VENDOR-FACTS,
 * HubSpot table).
 *
 * @param privateAppToken the only bearer token accepted (never printed by {@link #toString()})
 * @param portalId the account id echoed in webhooks and schema names
 * @param tenSecondlyLimit requests per rolling 10 s, header {@code X-HubSpot-RateLimit-Max}
 * @param dailyLimit requests per day, header {@code X-HubSpot-RateLimit-Daily}
 * @param dailyResetZone the account time zone whose midnight resets the daily budget
 * @param searchPerSecond the search endpoints' own per-second limit (no headers)
 * @param indexingDelay how long after a write the search index shows it
 * @param clock every timestamp, window and webhook signature time comes from here
 */
public record HubSpotConfig(
    String privateAppToken,
    long portalId,
    int tenSecondlyLimit,
    long dailyLimit,
    ZoneId dailyResetZone,
    int searchPerSecond,
    Duration indexingDelay,
    Clock clock) {

  public HubSpotConfig {
    if (privateAppToken == null || privateAppToken.isBlank()) {
      throw new IllegalArgumentException("privateAppToken must not be blank");
    }
    if (tenSecondlyLimit < 1 || dailyLimit < 1 || searchPerSecond < 1) {
      throw new IllegalArgumentException("rate limits must be at least 1");
    }
    if (indexingDelay.isNegative()) {
      throw new IllegalArgumentException("indexingDelay must not be negative");
    }
  }

  /** 190 / 10 s, 1,000,000 / day reset at UTC midnight, 5 searches / s, no indexing delay. */
  public static HubSpotConfig defaults(String privateAppToken, Clock clock) {
    return new HubSpotConfig(
        privateAppToken, 62_515_555L, 190, 1_000_000L, ZoneOffset.UTC, 5, Duration.ZERO, clock);
  }

  public HubSpotConfig withTenSecondlyLimit(int limit) {
    return new HubSpotConfig(
        privateAppToken,
        portalId,
        limit,
        dailyLimit,
        dailyResetZone,
        searchPerSecond,
        indexingDelay,
        clock);
  }

  public HubSpotConfig withDailyLimit(long limit) {
    return new HubSpotConfig(
        privateAppToken,
        portalId,
        tenSecondlyLimit,
        limit,
        dailyResetZone,
        searchPerSecond,
        indexingDelay,
        clock);
  }

  public HubSpotConfig withSearchPerSecond(int limit) {
    return new HubSpotConfig(
        privateAppToken,
        portalId,
        tenSecondlyLimit,
        dailyLimit,
        dailyResetZone,
        limit,
        indexingDelay,
        clock);
  }

  public HubSpotConfig withIndexingDelay(Duration delay) {
    return new HubSpotConfig(
        privateAppToken,
        portalId,
        tenSecondlyLimit,
        dailyLimit,
        dailyResetZone,
        searchPerSecond,
        delay,
        clock);
  }

  @Override
  public String toString() {
    return "HubSpotConfig[privateAppToken=****, portalId="
        + portalId
        + ", tenSecondlyLimit="
        + tenSecondlyLimit
        + ", dailyLimit="
        + dailyLimit
        + ", dailyResetZone="
        + dailyResetZone
        + ", searchPerSecond="
        + searchPerSecond
        + ", indexingDelay="
        + indexingDelay
        + "]";
  }
}
