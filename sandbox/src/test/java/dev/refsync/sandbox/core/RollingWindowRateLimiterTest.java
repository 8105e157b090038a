package dev.refsync.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RollingWindowRateLimiterTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
  private final RollingWindowRateLimiter limiter =
      new RollingWindowRateLimiter(clock, Duration.ofSeconds(10), 3);

  @Test
  void admitsUpToTheLimitThenRefusesWithTheInstantASlotFrees() {
    assertThat(limiter.tryAcquire().remaining()).isEqualTo(2);
    clock.advance(Duration.ofSeconds(4));
    limiter.tryAcquire();
    limiter.tryAcquire();

    RateLimitDecision refused = limiter.tryAcquire();

    assertThat(refused.allowed()).isFalse();
    assertThat(refused.remaining()).isZero();
    assertThat(refused.retryAt()).isEqualTo(Instant.parse("2026-03-01T12:00:10Z"));
  }

  @Test
  void theWindowSlidesRatherThanResetting() {
    limiter.tryAcquire();
    clock.advance(Duration.ofSeconds(5));
    limiter.tryAcquire();
    limiter.tryAcquire();
    clock.advance(Duration.ofSeconds(5));

    // The first request left the window; the two later ones are still in it.
    assertThat(limiter.remaining()).isEqualTo(1);
    assertThat(limiter.tryAcquire().allowed()).isTrue();
    assertThat(limiter.tryAcquire().allowed()).isFalse();
  }

  @Test
  void refusedRequestsDoNotConsumeTheBudget() {
    for (int i = 0; i < 10; i++) {
      limiter.tryAcquire();
    }
    clock.advance(Duration.ofSeconds(10));

    assertThat(limiter.remaining()).isEqualTo(3);
  }

  @Test
  void rejectsNonsenseConfiguration() {
    assertThatThrownBy(() -> new RollingWindowRateLimiter(clock, Duration.ZERO, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RollingWindowRateLimiter(clock, Duration.ofSeconds(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
