package dev.refsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.sandbox.core.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HubSpotRateLimitIT {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-07-01T10:00:00Z"));
  private HubSpotEmulator hubspot;

  @AfterEach
  void stop() {
    hubspot.close();
  }

  @Test
  void the191stRequestInTenSecondsIs429TenSecondlyRollingWithHeaders() {
    hubspot = HubSpotEmulator.start(HubSpotConfig.defaults(HubSpotTestClient.TOKEN, clock));
    HubSpotTestClient client = new HubSpotTestClient(hubspot.baseUri());
    HubSpotTestClient.Response last = null;
    for (int i = 0; i < 190; i++) {
      last = client.get("/crm/v3/objects/contacts");
      assertThat(last.status()).isEqualTo(200);
    }
    assertThat(last.header("X-HubSpot-RateLimit-Remaining")).isEqualTo("0");
    clock.advance(Duration.ofMillis(9_999));

    var limited = client.get("/crm/v3/objects/contacts");

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.json().path("status").asText()).isEqualTo("error");
    assertThat(limited.json().path("errorType").asText()).isEqualTo("RATE_LIMIT");
    assertThat(limited.json().path("policyName").asText()).isEqualTo("TEN_SECONDLY_ROLLING");
    assertThat(limited.json().path("correlationId").asText()).isNotBlank();
    assertThat(limited.header("X-HubSpot-RateLimit-Max")).isEqualTo("190");
    assertThat(limited.header("X-HubSpot-RateLimit-Remaining")).isEqualTo("0");
    assertThat(limited.header("X-HubSpot-RateLimit-Interval-Milliseconds")).isEqualTo("10000");
    assertThat(limited.header("X-HubSpot-RateLimit-Daily")).isEqualTo("1000000");
    assertThat(limited.header("X-HubSpot-RateLimit-Daily-Remaining")).isEqualTo("999810");

    clock.advance(Duration.ofMillis(1));
    var recovered = client.get("/crm/v3/objects/contacts");
    assertThat(recovered.status()).isEqualTo(200);
    assertThat(recovered.header("X-HubSpot-RateLimit-Remaining")).isEqualTo("189");
  }

  @Test
  void everyNonSearchResponseCarriesTheConfiguredLimitHeaders() {
    hubspot =
        HubSpotEmulator.start(
            HubSpotConfig.defaults(HubSpotTestClient.TOKEN, clock).withTenSecondlyLimit(100));
    HubSpotTestClient client = new HubSpotTestClient(hubspot.baseUri());

    var r = client.get("/crm/v3/properties/deals");

    assertThat(r.header("X-HubSpot-RateLimit-Max")).isEqualTo("100");
    assertThat(r.header("X-HubSpot-RateLimit-Remaining")).isEqualTo("99");
  }

  @Test
  void theDailyLimitAnswers429DailyUntilMidnight() {
    hubspot =
        HubSpotEmulator.start(
            HubSpotConfig.defaults(HubSpotTestClient.TOKEN, clock).withDailyLimit(3));
    HubSpotTestClient client = new HubSpotTestClient(hubspot.baseUri());
    for (int i = 0; i < 3; i++) {
      assertThat(client.get("/crm/v3/objects/deals").status()).isEqualTo(200);
    }
    clock.advance(Duration.ofHours(1));

    var limited = client.get("/crm/v3/objects/deals");

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.json().path("policyName").asText()).isEqualTo("DAILY");
    assertThat(limited.header("X-HubSpot-RateLimit-Daily-Remaining")).isEqualTo("0");
    clock.set(Instant.parse("2026-07-02T00:00:00Z"));
    assertThat(client.get("/crm/v3/objects/deals").status()).isEqualTo(200);
  }

  @Test
  void theSixthSearchInOneSecondIs429SecondlyWithoutRateHeaders() {
    hubspot = HubSpotEmulator.start(HubSpotConfig.defaults(HubSpotTestClient.TOKEN, clock));
    HubSpotTestClient client = new HubSpotTestClient(hubspot.baseUri());
    for (int i = 0; i < 5; i++) {
      var ok = client.post("/crm/v3/objects/deals/search", "{}");
      assertThat(ok.status()).isEqualTo(200);
      assertThat(ok.header("X-HubSpot-RateLimit-Max")).isNull();
    }

    var limited = client.post("/crm/v3/objects/deals/search", "{}");

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.json().path("policyName").asText()).isEqualTo("SECONDLY");
    assertThat(limited.json().path("errorType").asText()).isEqualTo("RATE_LIMIT");
    assertThat(limited.header("X-HubSpot-RateLimit-Max")).isNull();
    // Search has its own budget: the 10-second one is untouched.
    assertThat(client.get("/crm/v3/objects/deals").header("X-HubSpot-RateLimit-Remaining"))
        .isEqualTo("189");
    clock.advance(Duration.ofSeconds(1));
    assertThat(client.post("/crm/v3/objects/deals/search", "{}").status()).isEqualTo(200);
  }
}
