package dev.refsync.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StripeInvoicesAndChargesIT {

  private final StripeFixture f = new StripeFixture();

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void payInvoiceCreatesAPaidInvoiceWithItsChargeAndEvents() {
    String customer = f.customer("email=a%40x.example&name=Ada");
    String sub = f.subscription(customer, 4900);
    PaidInvoice first = f.stripe.payInvoice(sub);
    f.clock.advance(Duration.ofDays(30));
    PaidInvoice second = f.stripe.payInvoice(sub);

    var inv = f.client.get("/v1/invoices/" + second.invoiceId()).json();
    long paidAt = f.clock.instant().getEpochSecond();
    assertThat(second.invoiceId()).startsWith("in_");
    assertThat(inv.get("object").asText()).isEqualTo("invoice");
    assertThat(inv.get("status").asText()).isEqualTo("paid");
    assertThat(inv.get("amount_paid").asLong()).isEqualTo(4900);
    assertThat(inv.get("customer").asText()).isEqualTo(customer);
    assertThat(inv.get("customer_email").asText()).isEqualTo("a@x.example");
    assertThat(inv.at("/status_transitions/paid_at").asLong()).isEqualTo(paidAt);
    assertThat(inv.at("/parent/subscription_details/subscription").asText()).isEqualTo(sub);
    assertThat(inv.get("billing_reason").asText()).isEqualTo("subscription_cycle");
    assertThat(inv.get("period_start").asLong())
        .isEqualTo(StripeFixture.START.plus(Duration.ofDays(30)).getEpochSecond());
    assertThat(inv.has("subscription")).as("dahlia has no top-level subscription").isFalse();
    assertThat(
            f.client.get("/v1/invoices/" + first.invoiceId()).json().get("billing_reason").asText())
        .isEqualTo("subscription_create");

    var withPayments =
        f.client.get("/v1/invoices/" + second.invoiceId() + "?expand[]=payments").json();
    assertThat(withPayments.at("/payments/data/0/payment/payment_intent").asText())
        .isEqualTo(second.paymentIntentId())
        .startsWith("pi_");
    assertThat(withPayments.at("/payments/data/0/payment/type").asText())
        .isEqualTo("payment_intent");
    assertThat(withPayments.at("/payments/data/0/amount_paid").asLong()).isEqualTo(4900);

    var charge = f.client.get("/v1/charges/" + second.chargeId()).json();
    assertThat(charge.get("id").asText()).startsWith("ch_");
    assertThat(charge.get("amount").asLong()).isEqualTo(4900);
    assertThat(charge.get("paid").asBoolean()).isTrue();
    assertThat(charge.get("status").asText()).isEqualTo("succeeded");
    assertThat(charge.get("created").asLong()).isEqualTo(paidAt);
    assertThat(charge.get("payment_intent").asText()).isEqualTo(second.paymentIntentId());
    assertThat(charge.has("invoice")).as("dahlia charges do not name their invoice").isFalse();

    var types = f.client.get("/v1/events?limit=3").json().get("data");
    assertThat(types)
        .extracting(e -> e.get("type").asText())
        .containsExactly("invoice.payment_succeeded", "invoice.paid", "charge.succeeded");
    assertThat(types.get(1).at("/data/object/id").asText()).isEqualTo(second.invoiceId());
  }

  @Test
  void invoiceListFiltersBySubscriptionAndCustomer() {
    String a = f.customer("email=a%40x.example");
    String b = f.customer("email=b%40x.example");
    String subA = f.subscription(a, 1000);
    String subB = f.subscription(b, 2000);
    f.stripe.payInvoice(subA);
    f.stripe.payInvoice(subB);
    f.clock.advance(Duration.ofDays(31));
    f.stripe.payInvoice(subA);

    assertThat(f.client.get("/v1/invoices?subscription=" + subA).json().get("data")).hasSize(2);
    assertThat(f.client.get("/v1/invoices?customer=" + b).json().get("data"))
        .extracting(i -> i.get("amount_paid").asLong())
        .containsExactly(2000L);
    assertThat(f.client.get("/v1/charges?customer=" + a).json().get("data")).hasSize(2);
    assertThat(
            f.client
                .get("/v1/invoices?subscription=" + subA + "&expand[]=data.customer")
                .json()
                .at("/data/0/customer/email")
                .asText())
        .isEqualTo("a@x.example");
  }

  @Test
  void invoicePaymentsLeadFromAChargesPaymentIntentBackToItsInvoice() {
    String sub = f.subscription(f.customer("email=a%40x.example"), 1000);
    PaidInvoice first = f.stripe.payInvoice(sub);
    f.clock.advance(Duration.ofDays(31));
    PaidInvoice second = f.stripe.payInvoice(sub);

    String pi =
        f.client.get("/v1/charges/" + first.chargeId()).json().get("payment_intent").asText();
    var byIntent =
        f.client
            .get("/v1/invoice_payments?payment[type]=payment_intent&payment[payment_intent]=" + pi)
            .json()
            .get("data");
    assertThat(byIntent).hasSize(1);
    assertThat(byIntent.get(0).get("id").asText()).startsWith("inpay_");
    assertThat(byIntent.get(0).get("invoice").asText()).isEqualTo(first.invoiceId());
    assertThat(byIntent.get(0).get("status").asText()).isEqualTo("paid");

    var byInvoice =
        f.client.get("/v1/invoice_payments?invoice=" + second.invoiceId()).json().get("data");
    assertThat(byInvoice)
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.at("/payment/payment_intent").asText())
                    .isEqualTo(second.paymentIntentId()));
    String id = byInvoice.get(0).get("id").asText();
    assertThat(
            f.client
                .get("/v1/invoice_payments/" + id + "?expand[]=invoice")
                .json()
                .at("/invoice/id")
                .asText())
        .isEqualTo(second.invoiceId());
    assertThat(f.client.get("/v1/invoice_payments?payment[type]=charge").status()).isEqualTo(400);
  }

  @Test
  void canceledSubscriptionsBillNoMore() {
    String sub = f.subscription(f.customer("email=a%40x.example"), 1000);
    f.client.delete("/v1/subscriptions/" + sub);
    assertThatThrownBy(() -> f.stripe.payInvoice(sub)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> f.stripe.payInvoice("sub_missing"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void createChargeWithATestToken() {
    var r =
        f.client.post(
            "/v1/charges", "amount=2500&currency=USD&source=tok_visa&metadata[order]=o-1");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("currency").asText()).isEqualTo("usd");
    assertThat(r.json().get("customer").isNull()).isTrue();
    assertThat(r.json().get("payment_intent").isNull()).isTrue();
    assertThat(r.json().at("/metadata/order").asText()).isEqualTo("o-1");

    var small = f.client.post("/v1/charges", "amount=10&currency=usd&source=tok_visa");
    assertThat(small.status()).isEqualTo(400);
    assertThat(small.error().get("code").asText()).isEqualTo("amount_too_small");
    var noSource = f.client.post("/v1/charges", "amount=1000&currency=usd");
    assertThat(noSource.error().get("param").asText()).isEqualTo("source");
  }
}
