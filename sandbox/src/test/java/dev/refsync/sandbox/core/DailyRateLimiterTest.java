package dev.refsync.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DailyRateLimiterTest {

  @Test
  void resetsAtMidnightOfTheConfiguredZone() {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T04:30:00Z"));
    // 04:30Z is 23:30 the previous day in New York (UTC-5 in March before DST).
    DailyRateLimiter limiter = new DailyRateLimiter(clock, ZoneId.of("America/New_York"), 2);
    limiter.tryAcquire();
    limiter.tryAcquire();

    RateLimitDecision refused = limiter.tryAcquire();
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.retryAt()).isEqualTo(Instant.parse("2026-03-01T05:00:00Z"));

    clock.advance(Duration.ofMinutes(30));
    assertThat(limiter.remaining()).isEqualTo(2);
    assertThat(limiter.tryAcquire().allowed()).isTrue();
  }
}
