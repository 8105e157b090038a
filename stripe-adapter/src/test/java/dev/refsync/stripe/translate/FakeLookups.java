package dev.refsync.stripe.translate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** In-memory answers for the translator's questions to Stripe. */
final class FakeLookups implements StripeLookups {
  final Map<String, String> invoiceByIntent = new HashMap<>();
  final Map<String, List<JsonNode>> refundsByCharge = new HashMap<>();
  final Set<String> customersWithAnotherLiveSubscription = new HashSet<>();

  @Override
  public Optional<String> invoiceOfPaymentIntent(String paymentIntentId) {
    return Optional.ofNullable(invoiceByIntent.get(paymentIntentId));
  }

  @Override
  public List<JsonNode> refundsOfCharge(String chargeId) {
    return refundsByCharge.getOrDefault(chargeId, List.of());
  }

  @Override
  public boolean hasOtherLiveSubscription(String customerId, String subscriptionId) {
    return customersWithAnotherLiveSubscription.contains(customerId);
  }
}
