package dev.refsync.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StripeAuthIT {

  private final StripeFixture f = new StripeFixture(3);

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void missingKeyIs401WithStripesBody() {
    var r = new StripeTestClient(f.stripe.baseUri(), null).get("/v1/customers");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.error().get("type").asText()).isEqualTo("invalid_request_error");
    assertThat(r.error().get("message").asText()).startsWith("You did not provide an API key");
    assertThat(r.header("Request-Id")).startsWith("req_");
  }

  @Test
  void wrongKeyIs401AndIsEchoedMasked() {
    String wrong = "sk_test_51WrongKey9999999999999999abcd";
    var r = new StripeTestClient(f.stripe.baseUri(), wrong).get("/v1/customers");
    assertThat(r.status()).isEqualTo(401);
    String message = r.error().get("message").asText();
    assertThat(message).startsWith("Invalid API Key provided: sk_test_").endsWith("abcd");
    assertThat(message).doesNotContain("WrongKey");
  }

  @Test
  void rejectedRequestsCostNoRatePermit() {
    var bad = new StripeTestClient(f.stripe.baseUri(), "sk_test_bad");
    for (int i = 0; i < 5; i++) {
      assertThat(bad.get("/v1/customers").status()).isEqualTo(401);
    }
    for (int i = 0; i < 3; i++) {
      assertThat(f.client.get("/v1/customers").status()).isEqualTo(200);
    }
    assertThat(f.stripe.requestCounts()).containsEntry(StripeEndpoints.CUSTOMERS_LIST, 8L);
  }

  @Test
  void configRefusesLiveKeysAndHidesTheKey() {
    assertThatThrownBy(() -> StripeConfig.defaults("sk_live_123", Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(f.stripe.config().toString()).doesNotContain(StripeTestClient.KEY).contains("****");
  }
}
