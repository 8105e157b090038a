package dev.refsync.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.sandbox.core.Json;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StripeFaultsIT {

  private final StripeFixture f = new StripeFixture();

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void injected5xxCarriesShouldRetryAndApiError() {
    f.stripe.faults().failNext(2, 503);
    for (int i = 0; i < 2; i++) {
      var r = f.client.get("/v1/customers");
      assertThat(r.status()).isEqualTo(503);
      assertThat(r.header("Stripe-Should-Retry")).isEqualTo("true");
      assertThat(r.header("Request-Id")).startsWith("req_");
      assertThat(r.error().get("type").asText()).isEqualTo("api_error");
    }
    assertThat(f.client.get("/v1/customers").status()).isEqualTo(200);
  }

  @Test
  void injected409IsALockTimeoutOnTheTargetedEndpointOnly() {
    f.stripe.faults().failNext(1, 409, StripeEndpoints.REFUNDS_CREATE);
    assertThat(f.client.get("/v1/refunds").status()).isEqualTo(200);
    var r = f.client.post("/v1/refunds", "charge=ch_x");
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.error().get("code").asText()).isEqualTo("lock_timeout");
    assertThat(r.header("Stripe-Should-Retry")).isEqualTo("true");
  }

  @Test
  void connectionResetDropsTheRequest() {
    f.stripe.faults().resetNext(1);
    assertThatThrownBy(() -> f.client.postRaw("/v1/customers", "email=a%40x.example"))
        .isInstanceOf(IOException.class);
    assertThat(f.client.get("/v1/customers").json().get("data")).isEmpty();
  }

  @Test
  void aLostResponseAfterCommitIsReplayedByItsIdempotencyKey() {
    f.stripe.faults().malformNext(1, StripeEndpoints.CUSTOMERS_CREATE);
    var lost = f.client.post("/v1/customers", "email=a%40x.example", "k-1");
    assertThat(lost.status()).isEqualTo(200);
    assertThatThrownBy(() -> Json.parse(lost.raw()))
        .isInstanceOf(Json.MalformedJsonException.class);

    var retry = f.client.post("/v1/customers", "email=a%40x.example", "k-1");
    assertThat(retry.json().get("email").asText()).isEqualTo("a@x.example");
    assertThat(f.client.get("/v1/customers").json().get("data")).hasSize(1);
  }

  @Test
  void everyAnswerHasARequestIdAndUnknownRoutesAre404() {
    var ok = f.client.get("/v1/customers");
    var missing = f.client.get("/v1/nothing");
    assertThat(ok.header("Request-Id")).startsWith("req_");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.header("Request-Id"))
        .startsWith("req_")
        .isNotEqualTo(ok.header("Request-Id"));
    assertThat(missing.error().get("message").asText()).startsWith("Unrecognized request URL");
    assertThat(f.stripe.requestCounts()).containsEntry("unmatched", 1L);
  }
}
