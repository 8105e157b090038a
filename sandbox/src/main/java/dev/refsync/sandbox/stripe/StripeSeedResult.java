package dev.refsync.sandbox.stripe;

import java.util.List;

/** Ids of what the seeder created, in creation order. */
public record StripeSeedResult(
    List<String> customerIds,
    List<String> subscriptionIds,
    List<String> canceledSubscriptionIds,
    List<PaidInvoice> paidInvoices,
    List<String> refundIds,
    List<String> disputeIds) {

  public StripeSeedResult {
    customerIds = List.copyOf(customerIds);
    subscriptionIds = List.copyOf(subscriptionIds);
    canceledSubscriptionIds = List.copyOf(canceledSubscriptionIds);
    paidInvoices = List.copyOf(paidInvoices);
    refundIds = List.copyOf(refundIds);
    disputeIds = List.copyOf(disputeIds);
  }
}
