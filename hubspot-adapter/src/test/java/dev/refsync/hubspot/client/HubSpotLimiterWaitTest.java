package dev.refsync.hubspot.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.config.Secret;
import dev.refsync.hubspot.HubSpotConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HubSpotLimiterWaitTest {

  @Test
  void aCallBeyondTheCyclesPermitsWaitsThroughThePauseAndIsCounted() {
    // 11 per 100 s: ten 10-second cycles of 11 / 11 = 1 permit, so the second call of the first
    // cycle must wait for the next one (up to 10 s; the pause records it instead of sleeping).
    HubSpotConfig config =
        HubSpotConfig.defaults(Secret.of("t")).withLimits(11, Duration.ofSeconds(100), 5);
    List<Duration> pauses = new ArrayList<>();
    HubSpotResilience resilience =
        new HubSpotResilience(
            config, new HubSpotErrorClassifier(), pauses::add, new SplittableRandom(1));

    resilience.execute(false, () -> "first");
    resilience.execute(false, () -> "second");

    assertThat(pauses)
        .singleElement()
        .satisfies(p -> assertThat(p).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(10)));
    assertThat(resilience.metrics().rateLimitWaits()).isEqualTo(1);
    assertThat(resilience.metrics().requests()).isEqualTo(2);
    assertThat(resilience.metrics().retries()).isZero();
  }
}
