package dev.refsync.hubspot.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.core.error.QuotaExhaustedException;
import dev.refsync.sandbox.hubspot.HubSpotEndpoints;
import dev.refsync.sandbox.hubspot.SeedResult;
import dev.refsync.sandbox.hubspot.SeedSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * HubSpot's limits as the emulator enforces them on its clock. The 10-second window is crossed
 * without sleeping: the 429 carries {@code X-HubSpot-RateLimit-Interval-Milliseconds: 10000}, the
 * client waits that long through its {@link Pause}, and the harness's pause advances the emulator's
 * clock by exactly that wait.
 */
class HubSpotClientRateLimitIT {
  private EmulatorHarness harness;

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void aTenSecondlyRollingLimitIsWaitedOutAndTheCallSucceeds() {
    harness = EmulatorHarness.start(c -> c.withTenSecondlyLimit(3));
    SeedResult seeded = harness.hubspot.seed(new SeedSpec(5L, 1, 0, 0));
    String company = seeded.companyIds().get(0);
    // Another client (another process on the same app) spends the window; this client's own
    // limiter has seen no header yet, so its first call meets HubSpot's 429.
    HubSpotClient other = harness.client();
    for (int i = 0; i < 3; i++) {
      other.getObject("companies", company, List.of(), null);
    }
    HubSpotClient client = harness.client();
    Instant before = harness.clock.instant();

    HubSpotObject fourth = client.getObject("companies", company, List.of("domain"), null);

    assertThat(fourth.id()).isEqualTo(company);
    assertThat(harness.pauses).contains(Duration.ofSeconds(10));
    assertThat(harness.clock.instant()).isAfterOrEqualTo(before.plusSeconds(10));
    assertThat(harness.count(HubSpotEndpoints.OBJECT_GET)).isEqualTo(5);
    assertThat(client.metrics().rateLimitedResponses()).isEqualTo(1);
    assertThat(client.metrics().retries()).isEqualTo(1);
  }

  @Test
  void theDailyLimitFailsAtOnceWithOneRequestAndTheNextMidnight() {
    harness = EmulatorHarness.start(c -> c.withDailyLimit(2));
    HubSpotClient client = harness.client();
    client.listObjects("deals", null, 10, List.of(), false);
    client.listObjects("deals", null, 10, List.of(), false);
    long before = harness.hubspot.totalRequests();

    assertThatThrownBy(() -> client.listObjects("deals", null, 10, List.of(), false))
        .isInstanceOfSatisfying(
            QuotaExhaustedException.class,
            e -> {
              assertThat(e.resetsAt()).isEqualTo(Instant.parse("2026-05-05T00:00:00Z"));
              assertThat(e.vendorCode()).isEqualTo("DAILY");
            });
    assertThat(harness.hubspot.totalRequests() - before).isEqualTo(1);
    assertThat(harness.pauses).isEmpty();
  }

  @Test
  void theBurstLimiterAdoptsTheMaxHubSpotReports() {
    harness = EmulatorHarness.start(c -> c.withTenSecondlyLimit(55));
    HubSpotClient client = harness.client();
    // Config default until HubSpot's headers arrive: 100 per 10 s.
    assertThat(client.resilience().burstLimiter().limit()).isEqualTo(100);

    client.listProperties("deals");

    // X-HubSpot-RateLimit-Max: 55 per 10 000 ms.
    assertThat(client.resilience().burstLimiter().limit()).isEqualTo(55);
    assertThat(client.metrics().burstLimit()).isEqualTo(55);
  }

  @Test
  void searchResponsesCarryNoHeadersAndLeaveTheBurstLimiterAlone() {
    harness = EmulatorHarness.start(c -> c.withTenSecondlyLimit(55));
    HubSpotClient client = harness.client();

    client.searchObjects("deals", new SearchRequest(List.of(), null, null, null, 10, null));

    assertThat(client.metrics().burstLimit()).isEqualTo(100);
    assertThat(client.resilience().searchLimiter().limit()).isEqualTo(5);
  }
}
