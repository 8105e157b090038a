package dev.refsync.sandbox.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A sliding window: at most {@code limit} admitted requests in any interval of length {@code
 * window} ending now (HubSpot's TEN_SECONDLY_ROLLING, SECONDLY). Time comes from the injected clock
 * so tests advance it instead of sleeping.
 */
public final class RollingWindowRateLimiter implements RateLimiter {

  private final Clock clock;
  private final Duration window;
  private final long limit;
  private final Deque<Instant> admitted = new ArrayDeque<>();

  public RollingWindowRateLimiter(Clock clock, Duration window, long limit) {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive, was " + window);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    this.clock = clock;
    this.window = window;
    this.limit = limit;
  }

  @Override
  public synchronized RateLimitDecision tryAcquire() {
    Instant now = clock.instant();
    evict(now);
    if (admitted.size() >= limit) {
      return new RateLimitDecision(false, limit, 0, admitted.peekFirst().plus(window));
    }
    admitted.addLast(now);
    return new RateLimitDecision(true, limit, limit - admitted.size(), now);
  }

  @Override
  public long limit() {
    return limit;
  }

  @Override
  public synchronized long remaining() {
    evict(clock.instant());
    return limit - admitted.size();
  }

  private void evict(Instant now) {
    Instant oldestKept = now.minus(window);
    while (!admitted.isEmpty() && !admitted.peekFirst().isAfter(oldestKept)) {
      admitted.removeFirst();
    }
  }
}
