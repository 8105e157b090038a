package dev.refsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.sandbox.core.Json;
import dev.refsync.sandbox.core.MutableClock;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HubSpotFaultsIT {

  private HubSpotEmulator hubspot;
  private HubSpotTestClient client;

  @BeforeEach
  void start() {
    hubspot =
        HubSpotEmulator.start(
            HubSpotConfig.defaults(
                HubSpotTestClient.TOKEN, new MutableClock(Instant.parse("2026-01-01T00:00:00Z"))));
    client = new HubSpotTestClient(hubspot.baseUri());
  }

  @AfterEach
  void stop() {
    hubspot.close();
  }

  @Test
  void aBurstOf5xxThenNormalService() {
    hubspot.faults().failNext(3, 502);

    for (int i = 0; i < 3; i++) {
      var r = client.get("/crm/v3/objects/companies");
      assertThat(r.status()).isEqualTo(502);
      assertThat(r.json().path("status").asText()).isEqualTo("error");
    }
    assertThat(client.get("/crm/v3/objects/companies").status()).isEqualTo(200);
    assertThat(hubspot.requestCounts()).containsEntry(HubSpotEndpoints.OBJECT_LIST, 4L);
  }

  @Test
  void locked423CanBeInjectedOnOneEndpoint() {
    hubspot.faults().failNext(1, 423, HubSpotEndpoints.BATCH_UPSERT);

    assertThat(client.get("/crm/v3/objects/companies").status()).isEqualTo(200);
    var locked =
        client.post(
            "/crm/v3/objects/contacts/batch/upsert",
            "{\"inputs\":[{\"idProperty\":\"email\",\"id\":\"a@b.example\",\"properties\":{}}]}");
    assertThat(locked.status()).isEqualTo(423);
    assertThat(locked.json().path("category").asText()).isEqualTo("LOCKED");
  }

  @Test
  void aConnectionResetIsAnIOExceptionAndTheRequestHadNoEffect() {
    hubspot.faults().resetNext(1, HubSpotEndpoints.BATCH_CREATE);

    assertThatThrownBy(
            () ->
                client.postRaw(
                    "/crm/v3/objects/companies/batch/create",
                    "{\"inputs\":[{\"properties\":{\"name\":\"x\"}}]}"))
        .isInstanceOf(IOException.class);
    assertThat(client.get("/crm/v3/objects/companies").json().path("results")).isEmpty();
  }

  @Test
  void aMalformedBodyArrivesAfterTheWriteWasCommitted() {
    hubspot.faults().malformNext(1, HubSpotEndpoints.BATCH_CREATE);

    var r =
        client.post(
            "/crm/v3/objects/companies/batch/create",
            "{\"inputs\":[{\"properties\":{\"name\":\"x\"}}]}");

    assertThat(r.status()).isEqualTo(201);
    assertThatThrownBy(r::json).isInstanceOf(Json.MalformedJsonException.class);
    assertThat(client.get("/crm/v3/objects/companies").json().path("results")).hasSize(1);
  }

  @Test
  void injectedInputFailuresGive207WithResultsAndErrors() {
    hubspot.failNextBatchInputs(1);

    var r =
        client.post(
            "/crm/v3/objects/companies/batch/create",
            "{\"inputs\":[{\"objectWriteTraceId\":\"t-1\",\"properties\":{\"name\":\"fails\"}},"
                + "{\"objectWriteTraceId\":\"t-2\",\"properties\":{\"name\":\"works\"}}]}");

    assertThat(r.status()).isEqualTo(207);
    JsonNode body = r.json();
    assertThat(body.path("status").asText()).isEqualTo("COMPLETE");
    assertThat(body.path("results")).hasSize(1);
    assertThat(body.path("results").get(0).path("properties").path("hs_object_id").asText())
        .isNotBlank();
    assertThat(body.path("numErrors").asInt()).isEqualTo(1);
    JsonNode error = body.path("errors").get(0);
    assertThat(error.path("status").asText()).isEqualTo("error");
    assertThat(error.path("category").asText()).isEqualTo("VALIDATION_ERROR");
    assertThat(error.path("context").path("objectWriteTraceId").get(0).asText()).isEqualTo("t-1");
  }
}
