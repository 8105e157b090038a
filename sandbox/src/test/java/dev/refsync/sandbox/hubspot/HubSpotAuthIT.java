package dev.refsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.sandbox.core.MutableClock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HubSpotAuthIT {

  private HubSpotEmulator hubspot;

  @BeforeEach
  void start() {
    hubspot =
        HubSpotEmulator.start(
            HubSpotConfig.defaults(
                HubSpotTestClient.TOKEN, new MutableClock(Instant.parse("2026-01-01T00:00:00Z"))));
  }

  @AfterEach
  void stop() {
    hubspot.close();
  }

  @Test
  void aWrongTokenIs401WithHubSpotsErrorBodyAndNoRecordIsCreated() {
    var r =
        new HubSpotTestClient(hubspot.baseUri(), "pat-na1-wrong")
            .post("/crm/v3/objects/contacts", "{\"properties\":{\"email\":\"x@y.example\"}}");

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().path("status").asText()).isEqualTo("error");
    assertThat(r.json().path("category").asText()).isEqualTo("INVALID_AUTHENTICATION");
    assertThat(r.json().path("correlationId").asText()).isNotBlank();
    assertThat(
            new HubSpotTestClient(hubspot.baseUri())
                .get("/crm/v3/objects/contacts")
                .json()
                .path("results"))
        .isEmpty();
  }

  @Test
  void aMissingTokenIs401() {
    var r = new HubSpotTestClient(hubspot.baseUri(), null).get("/crm/v3/objects/contacts");

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().path("message").asText()).contains("Authentication credentials not found");
  }

  @Test
  void rejectedAuthenticationDoesNotSpendTheRateBudget() {
    new HubSpotTestClient(hubspot.baseUri(), "bad").get("/crm/v3/objects/contacts");

    var ok = new HubSpotTestClient(hubspot.baseUri()).get("/crm/v3/objects/contacts");

    assertThat(ok.header("X-HubSpot-RateLimit-Remaining")).isEqualTo("189");
  }

  @Test
  void theConfigNeverPrintsTheToken() {
    assertThat(hubspot.config().toString())
        .doesNotContain(HubSpotTestClient.TOKEN)
        .contains("****");
  }
}
