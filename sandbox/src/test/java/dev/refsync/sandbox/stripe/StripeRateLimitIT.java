package dev.refsync.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StripeRateLimitIT {

  private StripeFixture f;

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void twentyFiveRequestsPerRollingSecondByDefault() {
    int defaultLimit =
        StripeConfig.defaults(StripeTestClient.KEY, Clock.systemUTC()).requestsPerSecond();
    assertThat(defaultLimit).isEqualTo(25);
    f = new StripeFixture(defaultLimit);
    for (int i = 0; i < 25; i++) {
      assertThat(f.client.get("/v1/customers").status()).as("request " + i).isEqualTo(200);
    }
    var limited = f.client.get("/v1/customers");
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.error().get("type").asText()).isEqualTo("invalid_request_error");
    assertThat(limited.error().get("code").asText()).isEqualTo("rate_limit");
    assertThat(limited.header("Request-Id")).startsWith("req_");

    f.clock.advance(Duration.ofMillis(999));
    assertThat(f.client.get("/v1/customers").status()).isEqualTo(429);
    f.clock.advance(Duration.ofMillis(1));
    assertThat(f.client.get("/v1/customers").status()).isEqualTo(200);
    assertThat(f.stripe.requestCounts()).containsEntry(StripeEndpoints.CUSTOMERS_LIST, 28L);
  }

  @Test
  void theLimitIsConfigurable() {
    f = new StripeFixture(2);
    assertThat(f.client.get("/v1/events").status()).isEqualTo(200);
    assertThat(f.client.post("/v1/customers", "email=a%40x.example").status()).isEqualTo(200);
    assertThat(f.client.post("/v1/customers", "email=b%40x.example").status()).isEqualTo(429);
    f.clock.advance(Duration.ofSeconds(1));
    assertThat(f.client.get("/v1/customers").json().get("data")).hasSize(1);
  }
}
