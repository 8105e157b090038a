package dev.refsync.hubspot.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.core.error.UpstreamServerException;
import dev.refsync.sandbox.hubspot.HubSpotEndpoints;
import dev.refsync.sandbox.hubspot.SeedResult;
import dev.refsync.sandbox.hubspot.SeedSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retryable failures (5xx, connection reset, malformed body) are retried and succeed. */
class HubSpotClientRetryIT {
  private EmulatorHarness harness;
  private HubSpotClient client;
  private SeedResult seeded;

  @BeforeEach
  void start() {
    harness = EmulatorHarness.start();
    client = harness.client();
    seeded = harness.hubspot.seed(new SeedSpec(3L, 2, 0, 0));
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  private BatchResult<UpsertResult> upsertContact() {
    return client.batchUpsert(
        "contacts",
        "email",
        List.of(new UpsertInput("ada@example.com", Map.of("firstname", "Ada"))));
  }

  @Test
  void aBurstOf503sIsRetriedWithBackoffAndSucceeds() {
    harness.hubspot.faults().failNext(3, 503);

    BatchResult<UpsertResult> result = upsertContact();

    assertThat(result.results()).singleElement().satisfies(r -> assertThat(r.created()).isTrue());
    assertThat(harness.count(HubSpotEndpoints.BATCH_UPSERT)).isEqualTo(4);
    assertThat(harness.pauses)
        .hasSize(3)
        .allSatisfy(p -> assertThat(p).isLessThanOrEqualTo(Duration.ofMillis(5)));
    assertThat(client.metrics().retries()).isEqualTo(3);
    assertThat(client.metrics().requests()).isEqualTo(4);
  }

  @Test
  void aConnectionResetOnAPostIsRetried() {
    harness.hubspot.faults().resetNext(1, HubSpotEndpoints.BATCH_UPSERT);

    BatchResult<UpsertResult> result = upsertContact();

    assertThat(result.results()).hasSize(1);
    assertThat(harness.count(HubSpotEndpoints.BATCH_UPSERT)).isEqualTo(2);
    assertThat(client.metrics().retries()).isEqualTo(1);
  }

  @Test
  void aMalformedBodyIsAnUpstreamFailureAndIsRetried() {
    harness.hubspot.faults().malformNext(1, HubSpotEndpoints.BATCH_READ);

    BatchResult<HubSpotObject> read =
        client.batchRead("companies", seeded.companyIds(), List.of("domain"), null);

    assertThat(read.results()).hasSize(2);
    assertThat(harness.count(HubSpotEndpoints.BATCH_READ)).isEqualTo(2);
  }

  @Test
  void withOneAttemptTheMalformedBodySurfacesAsUpstreamServerException() {
    HubSpotClient once =
        harness.client(harness.config().withRetry(1, Duration.ofMillis(1), Duration.ofMillis(5)));
    harness.hubspot.faults().malformNext(1, HubSpotEndpoints.BATCH_READ);

    assertThatThrownBy(() -> once.batchRead("companies", seeded.companyIds(), List.of(), null))
        .isInstanceOf(UpstreamServerException.class)
        .hasMessageContaining("objects.batch.read")
        .hasMessageContaining("unreadable body");
  }

  @Test
  void retriesStopAtMaxAttemptsWithTheLastFailure() {
    harness.hubspot.faults().failNext(6, 502);

    assertThatThrownBy(this::upsertContact)
        .isInstanceOf(UpstreamServerException.class)
        .hasMessageContaining("HTTP 502");
    assertThat(harness.count(HubSpotEndpoints.BATCH_UPSERT)).isEqualTo(5);
  }
}
