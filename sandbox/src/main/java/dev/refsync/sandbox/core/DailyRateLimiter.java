package dev.refsync.sandbox.core;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A calendar-day budget that resets at midnight in {@code zone} (HubSpot resets its daily limit at
 * midnight in the account's time zone; Salesforce uses a rolling 24 h, which {@link
 * RollingWindowRateLimiter} covers).
 */
public final class DailyRateLimiter implements RateLimiter {

  private final Clock clock;
  private final ZoneId zone;
  private final long limit;
  private LocalDate day;
  private long used;

  public DailyRateLimiter(Clock clock, ZoneId zone, long limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("daily limit must be at least 1, was " + limit);
    }
    this.clock = clock;
    this.zone = zone;
    this.limit = limit;
  }

  @Override
  public synchronized RateLimitDecision tryAcquire() {
    LocalDate today = roll();
    if (used >= limit) {
      Instant nextMidnight = today.plusDays(1).atStartOfDay(zone).toInstant();
      return new RateLimitDecision(false, limit, 0, nextMidnight);
    }
    used++;
    return new RateLimitDecision(true, limit, limit - used, clock.instant());
  }

  @Override
  public long limit() {
    return limit;
  }

  @Override
  public synchronized long remaining() {
    roll();
    return limit - used;
  }

  private LocalDate roll() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    if (!today.equals(day)) {
      day = today;
      used = 0;
    }
    return today;
  }
}
