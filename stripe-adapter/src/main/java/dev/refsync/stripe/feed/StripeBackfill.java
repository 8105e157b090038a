package dev.refsync.stripe.feed;

import com.stripe.StripeClient;
import com.stripe.model.HasId;
import com.stripe.model.StripeObject;
import com.stripe.param.CustomerListParams;
import com.stripe.param.DisputeListParams;
import com.stripe.param.InvoiceListParams;
import com.stripe.param.RefundListParams;
import com.stripe.param.SubscriptionListParams;
import dev.refsync.stripe.VendorObject;
import dev.refsync.stripe.config.StripeConfig;
import dev.refsync.stripe.error.StripeCalls;
import java.util.function.Consumer;

/**
 * Reads the history the events feed cannot reach (events are kept 30 days) from the list endpoints,
 * page by page: customers, paid invoices, refunds, disputes and canceled subscriptions, in that
 * order so customers are known before what they paid. Pure of persistence: the caller commits the
 * records and then the resume cursor of the {@link FeedPage} that asked for the backfill.
 */
public final class StripeBackfill {
  private final StripeClient client;
  private final StripeCalls calls;
  private final long pageSize;

  public StripeBackfill(StripeClient client, StripeCalls calls, StripeConfig config) {
    this.client = client;
    this.calls = calls;
    this.pageSize = config.eventsPageSize();
  }

  /**
   * Hands every object to {@code sink}. Every page is its own call, retried as classified (a 429
   * waits and repeats that page): stripe-java's auto-paging would fetch the later pages outside
   * {@link StripeCalls} and give up on the first rate limit (it retries a 429 only when Stripe says
   * {@code Stripe-Should-Retry: true}).
   */
  public void read(Consumer<VendorObject> sink) {
    drain(
        after ->
            client
                .v1()
                .customers()
                .list(
                    CustomerListParams.builder()
                        .setLimit(pageSize)
                        .setStartingAfter(after)
                        .build()),
        sink);
    drain(
        after ->
            client
                .v1()
                .invoices()
                .list(
                    InvoiceListParams.builder()
                        .setStatus(InvoiceListParams.Status.PAID)
                        .setLimit(pageSize)
                        .setStartingAfter(after)
                        .build()),
        sink);
    drain(
        after ->
            client
                .v1()
                .refunds()
                .list(
                    RefundListParams.builder().setLimit(pageSize).setStartingAfter(after).build()),
        sink);
    drain(
        after ->
            client
                .v1()
                .disputes()
                .list(
                    DisputeListParams.builder().setLimit(pageSize).setStartingAfter(after).build()),
        sink);
    drain(
        after ->
            client
                .v1()
                .subscriptions()
                .list(
                    SubscriptionListParams.builder()
                        .setStatus(SubscriptionListParams.Status.CANCELED)
                        .setLimit(pageSize)
                        .setStartingAfter(after)
                        .build()),
        sink);
  }

  private <T extends StripeObject & HasId> void drain(
      StripeCalls.ListPage<T> list, Consumer<VendorObject> sink) {
    calls.forEachListed(list, object -> sink.accept(VendorObject.of(object)));
  }
}
