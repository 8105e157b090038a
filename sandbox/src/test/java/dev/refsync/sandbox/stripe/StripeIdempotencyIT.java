package dev.refsync.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StripeIdempotencyIT {

  private final StripeFixture f = new StripeFixture();

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void sameKeySameParametersReplaysTheFirstResponseWithoutSideEffects() {
    var first = f.client.post("/v1/customers", "email=a%40x.example", "key-1");
    var second = f.client.post("/v1/customers", "email=a%40x.example", "key-1");
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.raw()).isEqualTo(first.raw());
    assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(first.header("Idempotent-Replayed")).isNull();
    assertThat(f.client.get("/v1/customers").json().get("data")).hasSize(1);
    assertThat(f.client.get("/v1/events").json().get("data")).hasSize(1);
  }

  @Test
  void sameKeyOtherParametersIsAnIdempotencyError() {
    f.client.post("/v1/customers", "email=a%40x.example", "key-1");
    var other = f.client.post("/v1/customers", "email=b%40x.example", "key-1");
    assertThat(other.status()).isEqualTo(400);
    assertThat(other.error().get("type").asText()).isEqualTo("idempotency_error");
    assertThat(other.error().get("message").asText()).contains("key-1");
    var otherPath = f.client.post("/v1/charges", "email=a%40x.example", "key-1");
    assertThat(otherPath.error().get("type").asText()).isEqualTo("idempotency_error");
  }

  @Test
  void anExecutedErrorIsReplayedEvenAfterTheStateChanged() {
    PaidInvoice paid = f.stripe.payInvoice(f.subscription(f.customer("email=a%40x.example"), 1000));
    var tooMuch = f.client.post("/v1/refunds", "charge=" + paid.chargeId() + "&amount=5000", "r-1");
    assertThat(tooMuch.status()).isEqualTo(400);
    assertThat(tooMuch.error().get("code").asText()).isEqualTo("amount_too_large");

    var replay = f.client.post("/v1/refunds", "charge=" + paid.chargeId() + "&amount=5000", "r-1");
    assertThat(replay.status()).isEqualTo(400);
    assertThat(replay.raw()).isEqualTo(tooMuch.raw());
    assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
  }

  @Test
  void parameterValidationFailuresAreNotSaved() {
    var invalid = f.client.post("/v1/customers", "metadata[" + "k".repeat(41) + "]=v", "k-2");
    assertThat(invalid.status()).isEqualTo(400);
    var retried = f.client.post("/v1/customers", "metadata[" + "k".repeat(41) + "]=v", "k-2");
    assertThat(retried.header("Idempotent-Replayed")).isNull();
    // Not saved, so the key is still free for a corrected request.
    assertThat(f.client.post("/v1/customers", "email=a%40x.example", "k-2").status())
        .isEqualTo(200);
  }

  @Test
  void keysExpireAfterTwentyFourHoursByTheEmulatorClock() {
    f.client.post("/v1/customers", "email=a%40x.example", "key-1");
    f.clock.advance(Duration.ofHours(24));
    assertThat(
            f.client
                .post("/v1/customers", "email=a%40x.example", "key-1")
                .header("Idempotent-Replayed"))
        .isEqualTo("true");
    f.clock.advance(Duration.ofSeconds(1));
    var fresh = f.client.post("/v1/customers", "email=a%40x.example", "key-1");
    assertThat(fresh.header("Idempotent-Replayed")).isNull();
    assertThat(f.client.get("/v1/customers").json().get("data")).hasSize(2);
  }

  @Test
  void keysLongerThan255AreRefused() {
    var r = f.client.post("/v1/customers", "email=a%40x.example", "k".repeat(256));
    assertThat(r.status()).isEqualTo(400);
    assertThat(f.client.get("/v1/customers").json().get("data")).isEmpty();
  }
}
