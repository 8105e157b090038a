package dev.refsync.hubspot.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.core.config.Secret;
import dev.refsync.core.error.InvalidRequestException;
import dev.refsync.core.error.QuotaExhaustedException;
import dev.refsync.core.error.RateLimitedException;
import dev.refsync.core.error.UpstreamServerException;
import dev.refsync.hubspot.HubSpotConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HubSpotResilienceTest {
  private final List<Duration> pauses = new ArrayList<>();
  private final HubSpotConfig config =
      HubSpotConfig.defaults(Secret.of("t"))
          .withRetry(4, Duration.ofMillis(100), Duration.ofMillis(300))
          .withLimits(190, Duration.ofSeconds(10), 5);
  private final HubSpotResilience resilience =
      new HubSpotResilience(
          config,
          new HubSpotErrorClassifier(),
          Clock.fixed(Instant.parse("2026-05-04T09:00:00Z"), ZoneOffset.UTC),
          pauses::add,
          new SplittableRandom(7));

  @Test
  void aRateLimitedFailureWaitsExactlyItsRetryAfter() {
    AtomicInteger calls = new AtomicInteger();

    String result =
        resilience.execute(
            false,
            () -> {
              if (calls.incrementAndGet() == 1) {
                throw new RateLimitedException("HUBSPOT", 429, null, "x", Duration.ofSeconds(12));
              }
              return "ok";
            });

    assertThat(result).isEqualTo("ok");
    assertThat(pauses).containsExactly(Duration.ofSeconds(12));
    assertThat(resilience.metrics().retries()).isEqualTo(1);
    assertThat(resilience.metrics().rateLimitedResponses()).isEqualTo(1);
  }

  @Test
  void upstreamFailuresBackOffExponentiallyWithinTheCap() {
    AtomicInteger calls = new AtomicInteger();

    assertThatThrownBy(
            () ->
                resilience.execute(
                    false,
                    () -> {
                      calls.incrementAndGet();
                      throw new UpstreamServerException("HUBSPOT", 503, null, "x", null);
                    }))
        .isInstanceOf(UpstreamServerException.class);

    assertThat(calls).hasValue(4);
    assertThat(pauses).hasSize(3);
    assertThat(pauses.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
    assertThat(pauses.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    assertThat(pauses.get(2)).isBetween(Duration.ofMillis(150), Duration.ofMillis(300));
  }

  @Test
  void permanentFailuresAreNotRetried() {
    AtomicInteger calls = new AtomicInteger();

    assertThatThrownBy(
            () ->
                resilience.execute(
                    false,
                    () -> {
                      calls.incrementAndGet();
                      throw new InvalidRequestException("HUBSPOT", 400, null, "x", null);
                    }))
        .isInstanceOf(InvalidRequestException.class);

    assertThat(calls).hasValue(1);
    assertThat(pauses).isEmpty();
  }

  @Test
  void dailyQuotaIsNotRetried() {
    AtomicInteger calls = new AtomicInteger();

    assertThatThrownBy(
            () ->
                resilience.execute(
                    false,
                    () -> {
                      calls.incrementAndGet();
                      throw new QuotaExhaustedException(
                          "HUBSPOT", 429, "DAILY", "x", Instant.parse("2026-01-02T00:00:00Z"));
                    }))
        .isInstanceOf(QuotaExhaustedException.class);

    assertThat(calls).hasValue(1);
  }

  @Test
  void backoffNeverExceedsTheCapEvenForLateAttempts() {
    SplittableRandom random = new SplittableRandom(1);
    for (int attempt = 1; attempt < 80; attempt++) {
      long wait =
          HubSpotResilience.backoffMillis(
              attempt, Duration.ofMillis(100), Duration.ofSeconds(30), random);
      assertThat(wait).isBetween(0L, 30_000L);
    }
  }

  @Test
  void theBurstLimiterIsSizedFromTheConfigThenFromTheHeaders() {
    assertThat(resilience.burstLimiter().limit()).isEqualTo(190);
    assertThat(resilience.burstLimiter().window()).isEqualTo(Duration.ofSeconds(10));

    resilience.observe(new RateHeaders(OptionalInt.of(110), Duration.ofSeconds(10), null));

    assertThat(resilience.burstLimiter().limit()).isEqualTo(110);
    assertThat(resilience.metrics().burstLimit()).isEqualTo(110);
  }

  @Test
  void aResponseWithoutRateHeadersLeavesTheLimiterAlone() {
    resilience.observe(new RateHeaders(OptionalInt.empty(), null, null));

    assertThat(resilience.burstLimiter().limit()).isEqualTo(190);
  }

  @Test
  void theSearchLimiterHasItsOwnPerSecondBudget() {
    assertThat(resilience.searchLimiter().limit()).isEqualTo(5);
    assertThat(resilience.searchLimiter().window()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aFullWindowOfCallsGoesAtOnceAndTheNextWaitsForTheWindowToRoll() {
    for (int i = 0; i < 190; i++) {
      resilience.execute(false, () -> "ok");
    }
    assertThat(pauses).isEmpty();

    resilience.execute(false, () -> "191st");

    // The clock is fixed: the 191st waits for the first to leave the 10 s window (+1 % margin).
    assertThat(pauses).containsExactly(Duration.ofMillis(10_100));
  }
}
