package dev.refsync.stripe.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.stripe.StripeClient;
import com.stripe.model.InvoicePayment;
import com.stripe.model.Refund;
import com.stripe.model.Subscription;
import com.stripe.param.InvoicePaymentListParams;
import com.stripe.param.RefundListParams;
import com.stripe.param.SubscriptionListParams;
import dev.refsync.stripe.VendorObject;
import dev.refsync.stripe.error.StripeCalls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** {@link StripeLookups} through stripe-java; PaymentIntent → invoice answers are cached. */
public final class StripeApiLookups implements StripeLookups {
  /** Subscription states that still bill (Stripe: active, trialing, past_due keep a customer). */
  static final Set<String> LIVE = Set.of("active", "trialing", "past_due");

  private final StripeClient client;
  private final StripeCalls calls;
  private final Map<String, Optional<String>> invoiceByIntent = new ConcurrentHashMap<>();

  public StripeApiLookups(StripeClient client, StripeCalls calls) {
    this.client = client;
    this.calls = calls;
  }

  @Override
  public Optional<String> invoiceOfPaymentIntent(String paymentIntentId) {
    return invoiceByIntent.computeIfAbsent(paymentIntentId, this::fetchInvoice);
  }

  private Optional<String> fetchInvoice(String paymentIntentId) {
    InvoicePaymentListParams params =
        InvoicePaymentListParams.builder()
            .setPayment(
                InvoicePaymentListParams.Payment.builder()
                    .setType(InvoicePaymentListParams.Payment.Type.PAYMENT_INTENT)
                    .setPaymentIntent(paymentIntentId)
                    .build())
            .setLimit(1L)
            .build();
    List<InvoicePayment> found =
        calls.run(() -> client.v1().invoicePayments().list(params)).getData();
    return found.isEmpty() ? Optional.empty() : Optional.ofNullable(found.get(0).getInvoice());
  }

  @Override
  public List<JsonNode> refundsOfCharge(String chargeId) {
    List<JsonNode> out = new ArrayList<>();
    calls.<Refund>forEachListed(
        after ->
            client
                .v1()
                .refunds()
                .list(
                    RefundListParams.builder()
                        .setCharge(chargeId)
                        .setLimit(100L)
                        .setStartingAfter(after)
                        .build()),
        r -> out.add(VendorObject.of(r).json()));
    return out;
  }

  @Override
  public boolean hasOtherLiveSubscription(String customerId, String subscriptionId) {
    List<Subscription> others = new ArrayList<>();
    calls.<Subscription>forEachListed(
        after ->
            client
                .v1()
                .subscriptions()
                .list(
                    SubscriptionListParams.builder()
                        .setCustomer(customerId)
                        .setStatus(SubscriptionListParams.Status.ALL)
                        .setLimit(100L)
                        .setStartingAfter(after)
                        .build()),
        sub -> {
          if (!sub.getId().equals(subscriptionId) && LIVE.contains(sub.getStatus())) {
            others.add(sub);
          }
        });
    return !others.isEmpty();
  }
}
