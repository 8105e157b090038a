package dev.refsync.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StripeRefundsIT {

  private final StripeFixture f = new StripeFixture();
  private PaidInvoice paid;

  @BeforeEach
  void paidInvoice() {
    paid = f.stripe.payInvoice(f.subscription(f.customer("email=a%40x.example"), 10_000));
    f.clock.advance(Duration.ofDays(2));
  }

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void partialThenRemainderRefundsTheWholeCharge() {
    var partial =
        f.client.post(
            "/v1/refunds",
            "charge=" + paid.chargeId() + "&amount=2500&reason=requested_by_customer");
    assertThat(partial.status()).isEqualTo(200);
    var r = partial.json();
    assertThat(r.get("id").asText()).startsWith("re_");
    assertThat(r.get("object").asText()).isEqualTo("refund");
    assertThat(r.get("amount").asLong()).isEqualTo(2500);
    assertThat(r.get("charge").asText()).isEqualTo(paid.chargeId());
    assertThat(r.get("status").asText()).isEqualTo("succeeded");

    var charge = f.client.get("/v1/charges/" + paid.chargeId()).json();
    assertThat(charge.get("amount_refunded").asLong()).isEqualTo(2500);
    assertThat(charge.get("refunded").asBoolean()).isFalse();

    var rest = f.client.post("/v1/refunds", "charge=" + paid.chargeId());
    assertThat(rest.json().get("amount").asLong()).isEqualTo(7500);
    charge = f.client.get("/v1/charges/" + paid.chargeId()).json();
    assertThat(charge.get("amount_refunded").asLong()).isEqualTo(10_000);
    assertThat(charge.get("refunded").asBoolean()).isTrue();

    var events = f.client.get("/v1/events?types[]=charge.refunded&types[]=refund.created").json();
    assertThat(events.get("data"))
        .extracting(e -> e.get("type").asText())
        .containsExactly("refund.created", "charge.refunded", "refund.created", "charge.refunded");
    var lastChargeRefunded = events.at("/data/1");
    assertThat(lastChargeRefunded.at("/data/object/amount_refunded").asLong()).isEqualTo(10_000);
    assertThat(lastChargeRefunded.at("/data/previous_attributes/amount_refunded").asLong())
        .isEqualTo(2500);

    assertThat(f.client.get("/v1/refunds?charge=" + paid.chargeId()).json().get("data")).hasSize(2);
    assertThat(f.client.get("/v1/refunds/" + r.get("id").asText()).json()).isEqualTo(r);
  }

  @Test
  void refundByPaymentIntentRefundsItsCharge() {
    var r =
        f.client.post("/v1/refunds", "payment_intent=" + paid.paymentIntentId() + "&amount=100");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("charge").asText()).isEqualTo(paid.chargeId());
    assertThat(r.json().get("payment_intent").asText()).isEqualTo(paid.paymentIntentId());
    assertThat(
            f.client.get("/v1/refunds?payment_intent=" + paid.paymentIntentId()).json().get("data"))
        .hasSize(1);
    var both =
        f.client.post(
            "/v1/refunds",
            "payment_intent=" + paid.paymentIntentId() + "&charge=" + paid.chargeId());
    assertThat(both.status()).isEqualTo(400);
  }

  @Test
  void overRefundingIsRefused() {
    var tooMuch = f.client.post("/v1/refunds", "charge=" + paid.chargeId() + "&amount=10001");
    assertThat(tooMuch.status()).isEqualTo(400);
    assertThat(tooMuch.error().get("code").asText()).isEqualTo("amount_too_large");
    assertThat(tooMuch.error().get("param").asText()).isEqualTo("amount");

    f.client.post("/v1/refunds", "charge=" + paid.chargeId());
    var again = f.client.post("/v1/refunds", "charge=" + paid.chargeId());
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.error().get("code").asText()).isEqualTo("charge_already_refunded");
  }

  @Test
  void unknownChargeOrPaymentIntentIsResourceMissing() {
    var r = f.client.post("/v1/refunds", "charge=ch_nope");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.error().get("param").asText()).isEqualTo("charge");
    var pi = f.client.post("/v1/refunds", "payment_intent=pi_123");
    assertThat(pi.status()).isEqualTo(404);
    assertThat(pi.error().get("param").asText()).isEqualTo("payment_intent");
    assertThat(f.client.post("/v1/refunds", "amount=5").error().get("param").asText())
        .isEqualTo("charge");
  }
}
