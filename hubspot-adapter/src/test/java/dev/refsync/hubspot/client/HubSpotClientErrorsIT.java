package dev.refsync.hubspot.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.core.config.Secret;
import dev.refsync.core.error.AuthenticationException;
import dev.refsync.core.error.InvalidRequestException;
import dev.refsync.hubspot.HubSpotConfig;
import dev.refsync.sandbox.hubspot.HubSpotEndpoints;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Permanent failures are not retried; per-input batch failures come back as data. */
class HubSpotClientErrorsIT {
  private static final String WRONG_TOKEN = "pat-na1-wrong-token-9876543210";

  private final EmulatorHarness harness = EmulatorHarness.start();

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void aWrongTokenIsAnAuthenticationFailureWithoutTheToken() {
    HubSpotConfig wrong =
        new HubSpotConfig(
            harness.config().baseUrl(),
            Secret.of(WRONG_TOKEN),
            null,
            harness.config().portalTimeZone(),
            100,
            Duration.ofSeconds(10),
            5,
            5,
            Duration.ofMillis(1),
            Duration.ofMillis(5),
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            Secret.of(""),
            HubSpotConfig.DEFAULT_SEARCH_SETTLE);
    HubSpotClient client = harness.client(wrong);

    assertThatThrownBy(() -> client.listProperties("deals"))
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(401);
              assertThat(e.vendorCode()).isEqualTo("INVALID_AUTHENTICATION");
              assertThat(e.getMessage())
                  .contains("not valid")
                  .contains("correlationId")
                  .doesNotContain(WRONG_TOKEN)
                  .doesNotContain(EmulatorHarness.TOKEN);
            });
    assertThat(harness.hubspot.totalRequests()).isEqualTo(1);
  }

  @Test
  void searchPastTenThousandResultsIsAnInvalidRequestAndNotRetried() {
    HubSpotClient client = harness.client();

    assertThatThrownBy(
            () ->
                client.searchObjects(
                    "deals", new SearchRequest(List.of(), null, null, null, 100, "9950")))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(400);
              assertThat(e.vendorCode()).isEqualTo("VALIDATION_ERROR");
            });
    assertThat(harness.count(HubSpotEndpoints.SEARCH)).isEqualTo(1);
    assertThat(harness.pauses).isEmpty();
  }

  @Test
  void aPartiallyFailedBatchUpsertReturnsPerRecordErrors() {
    HubSpotClient client = harness.client();
    harness.hubspot.failNextBatchInputs(1, "VALIDATION_ERROR");

    BatchResult<UpsertResult> result =
        client.batchUpsert(
            "contacts",
            "email",
            List.of(
                new UpsertInput("a@example.com", Map.of("firstname", "A")),
                new UpsertInput("b@example.com", Map.of("firstname", "B")),
                new UpsertInput("c@example.com", Map.of("firstname", "C"))));

    assertThat(result.hasErrors()).isTrue();
    assertThat(result.results()).hasSize(2);
    assertThat(result.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.category()).isEqualTo("VALIDATION_ERROR");
              assertThat(e.ids()).containsExactly("a@example.com");
              assertThat(e.message()).isNotBlank();
            });
    assertThat(harness.count(HubSpotEndpoints.BATCH_UPSERT)).isEqualTo(1);
  }

  @Test
  void aLockedResponseWaitsAtLeastTwoSecondsThenSucceeds() {
    HubSpotClient client = harness.client();
    harness.hubspot.faults().failNext(1, 423, HubSpotEndpoints.BATCH_UPSERT);

    BatchResult<UpsertResult> result =
        client.batchUpsert(
            "contacts", "email", List.of(new UpsertInput("l@example.com", Map.of())));

    assertThat(result.results()).hasSize(1);
    assertThat(harness.pauses).containsExactly(Duration.ofSeconds(2));
  }
}
