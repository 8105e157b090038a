package dev.refsync.hubspot.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.config.Secret;
import dev.refsync.hubspot.HubSpotConfig;
import dev.refsync.sandbox.core.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HubSpotLimiterWaitTest {

  @Test
  void aCallBeyondTheWindowsLimitWaitsUntilTheWindowRollsAndIsCounted() {
    // 2 per 100 s: the first two go at once, the third waits for the first to leave the window
    // (100 s plus the 1 % margin); the pause advances the clock instead of sleeping.
    HubSpotConfig config =
        HubSpotConfig.defaults(Secret.of("t")).withLimits(2, Duration.ofSeconds(100), 5);
    MutableClock clock = new MutableClock(Instant.parse("2026-05-04T09:00:00Z"));
    List<Duration> pauses = new ArrayList<>();
    HubSpotResilience resilience =
        new HubSpotResilience(
            config,
            new HubSpotErrorClassifier(),
            clock,
            d -> {
              pauses.add(d);
              clock.advance(d);
            },
            new SplittableRandom(1));

    resilience.execute(false, () -> "first");
    clock.advance(Duration.ofSeconds(30));
    resilience.execute(false, () -> "second");
    resilience.execute(false, () -> "third");
    resilience.execute(false, () -> "fourth");

    assertThat(pauses).containsExactly(Duration.ofSeconds(71), Duration.ofSeconds(30));
    assertThat(resilience.metrics().rateLimitWaits()).isEqualTo(2);
    assertThat(resilience.metrics().requests()).isEqualTo(4);
    assertThat(resilience.metrics().retries()).isZero();
  }
}
