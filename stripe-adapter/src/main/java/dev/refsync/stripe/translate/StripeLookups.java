package dev.refsync.stripe.translate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * What the translator must ask Stripe besides the event itself. An interface so the translation
 * rules are unit-tested without HTTP; {@link StripeApiLookups} answers through stripe-java.
 */
public interface StripeLookups {
  /**
   * The invoice a PaymentIntent paid ({@code invoice_payment} links them since API version
   * 2025-03-31; a charge has no {@code invoice} field any more).
   */
  Optional<String> invoiceOfPaymentIntent(String paymentIntentId);

  /** Every refund of a charge, as the API returns them. */
  List<JsonNode> refundsOfCharge(String chargeId);

  /** True when the customer has an active (or trialing / past-due) subscription other than this. */
  boolean hasOtherLiveSubscription(String customerId, String subscriptionId);
}
