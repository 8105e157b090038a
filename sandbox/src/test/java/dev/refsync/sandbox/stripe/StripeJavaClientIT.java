package dev.refsync.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stripe.Stripe;
import com.stripe.StripeClient;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Charge;
import com.stripe.model.Customer;
import com.stripe.model.Dispute;
import com.stripe.model.Event;
import com.stripe.model.Invoice;
import com.stripe.model.InvoicePayment;
import com.stripe.model.Refund;
import com.stripe.model.StripeObject;
import com.stripe.model.Subscription;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.CustomerListParams;
import com.stripe.param.CustomerUpdateParams;
import com.stripe.param.EventListParams;
import com.stripe.param.InvoicePaymentListParams;
import com.stripe.param.InvoiceRetrieveParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.SubscriptionListParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real stripe-java 33.3.0 client reads and writes the emulator (test scope only). */
class StripeJavaClientIT {

  private final StripeFixture f = new StripeFixture();
  private StripeClient client;
  private StripeSeedResult seeded;

  @BeforeEach
  void seed() {
    seeded = f.stripe.seed(new StripeSeedSpec(7, 25, 12, 4, 1, 3));
    client = sdk(StripeTestClient.KEY);
  }

  @AfterEach
  void stop() {
    f.close();
  }

  private StripeClient sdk(String key) {
    return StripeClient.builder()
        .setApiKey(key)
        .setApiBase(f.stripe.baseUri().toString())
        .setMaxNetworkRetries(0)
        .build();
  }

  @Test
  void emulatorSpeaksTheSdksApiVersion() {
    assertThat(f.stripe.config().apiVersion()).isEqualTo(Stripe.API_VERSION);
  }

  @Test
  void anotherReleaseTrainLeavesEventObjectsUndeserialized() throws StripeException {
    try (StripeFixture basil = new StripeFixture(c -> c.withApiVersion("2025-03-31.basil"))) {
      basil.customer("email=a%40x.example");
      StripeClient c =
          StripeClient.builder()
              .setApiKey(StripeTestClient.KEY)
              .setApiBase(basil.stripe.baseUri().toString())
              .setMaxNetworkRetries(0)
              .build();
      Event e = c.v1().events().list().getData().get(0);
      assertThat(e.getApiVersion()).isEqualTo("2025-03-31.basil");
      assertThat(e.getDataObjectDeserializer().getObject()).isEmpty();
    }
  }

  @Test
  void customersRetrieveUpdateAndAutoPage() throws StripeException {
    String id = seeded.customerIds().get(0);
    Customer c = client.v1().customers().retrieve(id);
    assertThat(c.getId()).isEqualTo(id);
    assertThat(c.getEmail()).contains("@");
    assertThat(c.getLivemode()).isFalse();
    assertThat(c.getMetadata()).containsKey("refsync_account_id");

    Customer updated =
        client
            .v1()
            .customers()
            .update(
                id, CustomerUpdateParams.builder().putMetadata("referral_id", "ref_42").build());
    assertThat(updated.getMetadata())
        .containsEntry("referral_id", "ref_42")
        .containsKey("refsync_account_id");

    List<String> all = new ArrayList<>();
    client
        .v1()
        .customers()
        .list(CustomerListParams.builder().setLimit(10L).build())
        .autoPagingIterable()
        .forEach(x -> all.add(x.getId()));
    assertThat(all).hasSize(25).doesNotHaveDuplicates().containsAll(seeded.customerIds());
  }

  @Test
  void subscriptionsListAndCancel() throws StripeException {
    List<Subscription> subs =
        client
            .v1()
            .subscriptions()
            .list(
                SubscriptionListParams.builder()
                    .setStatus(SubscriptionListParams.Status.ALL)
                    .setLimit(100L)
                    .build())
            .getData();
    assertThat(subs).hasSize(25);
    assertThat(subs.stream().filter(s -> "canceled".equals(s.getStatus()))).hasSize(3);
    Subscription active =
        subs.stream().filter(s -> "active".equals(s.getStatus())).findFirst().orElseThrow();
    assertThat(active.getItems().getData().get(0).getPrice().getUnitAmount()).isPositive();
    assertThat(active.getItems().getData().get(0).getCurrentPeriodEnd())
        .isGreaterThan(active.getItems().getData().get(0).getCurrentPeriodStart());

    Subscription canceled = client.v1().subscriptions().cancel(active.getId());
    assertThat(canceled.getStatus()).isEqualTo("canceled");
    assertThat(canceled.getCanceledAt()).isEqualTo(f.clock.instant().getEpochSecond());
  }

  @Test
  void invoicesCarryPaidAtAmountCustomerSubscriptionAndCharge() throws StripeException {
    PaidInvoice paid = seeded.paidInvoices().get(seeded.paidInvoices().size() - 1);
    Invoice invoice =
        client
            .v1()
            .invoices()
            .retrieve(
                paid.invoiceId(), InvoiceRetrieveParams.builder().addExpand("payments").build());
    assertThat(invoice.getAmountPaid()).isEqualTo(paid.amount());
    assertThat(invoice.getStatus()).isEqualTo("paid");
    assertThat(invoice.getStatusTransitions().getPaidAt()).isPositive();
    assertThat(invoice.getCustomer()).startsWith("cus_");
    assertThat(invoice.getParent().getSubscriptionDetails().getSubscription()).startsWith("sub_");
    assertThat(invoice.getPayments().getData().get(0).getPayment().getPaymentIntent())
        .isEqualTo(paid.paymentIntentId());
    InvoicePayment payment =
        client
            .v1()
            .invoicePayments()
            .list(
                InvoicePaymentListParams.builder()
                    .setPayment(
                        InvoicePaymentListParams.Payment.builder()
                            .setType(InvoicePaymentListParams.Payment.Type.PAYMENT_INTENT)
                            .setPaymentIntent(paid.paymentIntentId())
                            .build())
                    .build())
            .getData()
            .get(0);
    assertThat(payment.getInvoice()).isEqualTo(paid.invoiceId());
    assertThat(payment.getStatusTransitions().getPaidAt())
        .isEqualTo(invoice.getStatusTransitions().getPaidAt());

    Charge charge = client.v1().charges().retrieve(paid.chargeId());
    assertThat(charge.getAmount()).isEqualTo(paid.amount());
    assertThat(charge.getCustomer()).isEqualTo(invoice.getCustomer());
    assertThat(charge.getPaid()).isTrue();
    assertThat(charge.getPaymentIntent()).isEqualTo(paid.paymentIntentId());
  }

  @Test
  void refundWithAnIdempotencyKeyIsReplayed() throws StripeException {
    PaidInvoice paid = seeded.paidInvoices().get(seeded.paidInvoices().size() - 1);
    RefundCreateParams params =
        RefundCreateParams.builder().setCharge(paid.chargeId()).setAmount(500L).build();
    RequestOptions options = RequestOptions.builder().setIdempotencyKey("refund-once-1").build();

    Refund first = client.v1().refunds().create(params, options);
    Refund replay = client.v1().refunds().create(params, options);

    assertThat(first.getId()).startsWith("re_");
    assertThat(replay.getId()).isEqualTo(first.getId());
    assertThat(replay.getLastResponse().headers().firstValue("Idempotent-Replayed"))
        .contains("true");
    assertThat(client.v1().charges().retrieve(paid.chargeId()).getAmountRefunded()).isEqualTo(500L);

    RefundCreateParams other =
        RefundCreateParams.builder().setCharge(paid.chargeId()).setAmount(600L).build();
    assertThatThrownBy(() -> client.v1().refunds().create(other, options))
        .isInstanceOf(IdempotencyException.class);

    Refund seededRefund = client.v1().refunds().retrieve(seeded.refundIds().get(0));
    assertThat(seededRefund.getAmount()).isPositive();
    assertThat(seededRefund.getCharge()).startsWith("ch_");
  }

  @Test
  void disputesRead() throws StripeException {
    Dispute d = client.v1().disputes().retrieve(seeded.disputeIds().get(0));
    assertThat(d.getStatus()).isEqualTo("lost");
    assertThat(d.getCharge()).startsWith("ch_");
    assertThat(d.getAmount()).isPositive();
    assertThat(client.v1().disputes().list().getData()).hasSize(1);
  }

  @Test
  void eventsDeserializeTheirDataObjects() throws StripeException {
    PaidInvoice fresh = f.stripe.payInvoice(seeded.subscriptionIds().get(0));
    f.stripe.openDispute(fresh.chargeId(), fresh.amount(), "fraudulent");
    client.v1().subscriptions().cancel(seeded.subscriptionIds().get(1));
    client
        .v1()
        .customers()
        .update(
            seeded.customerIds().get(1),
            CustomerUpdateParams.builder().putMetadata("referral_id", "ref_7").build());
    long since = f.clock.instant().minus(Duration.ofDays(30)).getEpochSecond();

    List<Event> events = new ArrayList<>();
    client
        .v1()
        .events()
        .list(
            EventListParams.builder()
                .setCreated(EventListParams.Created.builder().setGte(since).build())
                .setLimit(100L)
                .build())
        .autoPagingIterable()
        .forEach(events::add);
    assertThat(events.stream().map(Event::getType))
        .contains(
            "invoice.paid",
            "charge.succeeded",
            "charge.dispute.created",
            "customer.subscription.deleted",
            "customer.updated");
    for (Event e : events) {
      assertThat(e.getApiVersion()).isEqualTo(Stripe.API_VERSION);
      StripeObject object = e.getDataObjectDeserializer().getObject().orElse(null);
      assertThat(object).as(e.getType() + " " + e.getId()).isNotNull();
      assertThat(object).isInstanceOf(expectedClass(e.getType()));
    }

    List<Event> paidEvents =
        client
            .v1()
            .events()
            .list(EventListParams.builder().addType("invoice.paid").setLimit(1L).build())
            .getData();
    Invoice invoice = (Invoice) paidEvents.get(0).getDataObjectDeserializer().getObject().get();
    assertThat(invoice.getId()).isEqualTo(fresh.invoiceId());
    assertThat(invoice.getAmountPaid()).isEqualTo(fresh.amount());

    Event byId = client.v1().events().retrieve(paidEvents.get(0).getId());
    assertThat(byId.getType()).isEqualTo("invoice.paid");
  }

  @Test
  void webhookSignedByTheEmulatorVerifiesWithTheSdk() throws Exception {
    String secret = "whsec_emulator_test";
    String eventId = f.stripe.events().get(0).get("id").asText();
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      f.stripe.deliverEvent(receiver.uri(), secret, eventId);
      var got = receiver.received.get(0);

      Event event = Webhook.constructEvent(got.body(), got.signature(), secret, 300, f.clock);
      assertThat(event.getId()).isEqualTo(eventId);
      assertThat(event.getDataObjectDeserializer().getObject()).isPresent();

      assertThatThrownBy(
              () -> Webhook.constructEvent(got.body() + " ", got.signature(), secret, 300, f.clock))
          .isInstanceOf(SignatureVerificationException.class);
      f.clock.advance(Duration.ofSeconds(301));
      assertThatThrownBy(
              () -> Webhook.constructEvent(got.body(), got.signature(), secret, 300, f.clock))
          .isInstanceOf(SignatureVerificationException.class)
          .hasMessageContaining("tolerance");
    }
  }

  @Test
  void errorsMapToTheSdksExceptions() {
    assertThatThrownBy(() -> sdk("sk_test_wrong").v1().customers().retrieve("cus_x"))
        .isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(() -> client.v1().customers().retrieve("cus_missing"))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.getCode()).isEqualTo("resource_missing");
              assertThat(e.getStatusCode()).isEqualTo(404);
              assertThat(e.getRequestId()).startsWith("req_");
            });
  }

  @Test
  void rateLimitIsARateLimitException() {
    try (StripeFixture limited = new StripeFixture(1)) {
      StripeClient c =
          StripeClient.builder()
              .setApiKey(StripeTestClient.KEY)
              .setApiBase(limited.stripe.baseUri().toString())
              .setMaxNetworkRetries(0)
              .build();
      limited.client.get("/v1/customers");
      assertThatThrownBy(() -> c.v1().customers().list())
          .isInstanceOfSatisfying(
              RateLimitException.class, e -> assertThat(e.getCode()).isEqualTo("rate_limit"));
    }
  }

  private static Class<?> expectedClass(String eventType) {
    if (eventType.startsWith("customer.subscription.")) {
      return Subscription.class;
    }
    if (eventType.startsWith("charge.dispute.")) {
      return Dispute.class;
    }
    return Map.of(
            "invoice", Invoice.class,
            "charge", Charge.class,
            "customer", Customer.class,
            "refund", Refund.class)
        .get(eventType.substring(0, eventType.indexOf('.')));
  }
}
