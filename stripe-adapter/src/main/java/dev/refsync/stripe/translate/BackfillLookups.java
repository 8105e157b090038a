package dev.refsync.stripe.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.stripe.StripeClient;
import com.stripe.model.Subscription;
import com.stripe.param.SubscriptionListParams;
import dev.refsync.stripe.error.StripeCalls;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link StripeLookups} for one backfill: which customers still have a billing subscription is read
 * once, with every subscription listed a page of 100 at a time, instead of one request per canceled
 * subscription (an account with thousands of churned subscriptions would otherwise spend thousands
 * of requests of its rate limit). The other lookups go to the API as usual. Use one instance per
 * backfill: it answers from the state it read first.
 */
public final class BackfillLookups implements StripeLookups {
  private final StripeLookups api;
  private final StripeClient client;
  private final StripeCalls calls;
  private Map<String, Set<String>> liveByCustomer;

  public BackfillLookups(StripeLookups api, StripeClient client, StripeCalls calls) {
    this.api = api;
    this.client = client;
    this.calls = calls;
  }

  @Override
  public Optional<String> invoiceOfPaymentIntent(String paymentIntentId) {
    return api.invoiceOfPaymentIntent(paymentIntentId);
  }

  @Override
  public List<JsonNode> refundsOfCharge(String chargeId) {
    return api.refundsOfCharge(chargeId);
  }

  @Override
  public boolean hasOtherLiveSubscription(String customerId, String subscriptionId) {
    return live().getOrDefault(customerId, Set.of()).stream()
        .anyMatch(id -> !id.equals(subscriptionId));
  }

  private Map<String, Set<String>> live() {
    if (liveByCustomer == null) {
      Map<String, Set<String>> live = new HashMap<>();
      calls.<Subscription>forEachListed(
          after ->
              client
                  .v1()
                  .subscriptions()
                  .list(
                      SubscriptionListParams.builder()
                          .setStatus(SubscriptionListParams.Status.ALL)
                          .setLimit(100L)
                          .setStartingAfter(after)
                          .build()),
          sub -> {
            if (StripeApiLookups.LIVE.contains(sub.getStatus())) {
              live.computeIfAbsent(sub.getCustomer(), c -> new HashSet<>()).add(sub.getId());
            }
          });
      liveByCustomer = live;
    }
    return liveByCustomer;
  }
}
