package dev.refsync.stripe.push;

import com.stripe.StripeClient;
import com.stripe.model.Customer;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerUpdateParams;
import dev.refsync.stripe.error.StripeCalls;
import java.util.Map;
import java.util.Objects;

/**
 * Writes Refsync's attribution into a Stripe customer's metadata (issue "Push"; DESIGN 8): retrieve
 * the customer, compute the {@link MetadataChange}, and send it only when something differs, with a
 * deterministic {@code Idempotency-Key}. Both calls run under {@link StripeCalls}, so the adapter's
 * classifier decides the retries; a retried update carries the same key, so Stripe replays the
 * first answer instead of applying the change twice (VENDOR-FACTS: keys kept ≥ 24 h).
 *
 * <p>Keys the mapping does not write are never sent; Stripe merges {@code metadata[...]} into the
 * existing keys, so they stay as they are.
 */
public final class StripeCustomerMetadataPush {
  static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

  private final StripeClient client;
  private final StripeCalls calls;

  public StripeCustomerMetadataPush(StripeClient client, StripeCalls calls) {
    this.client = Objects.requireNonNull(client, "client");
    this.calls = Objects.requireNonNull(calls, "calls");
  }

  /**
   * Brings the customer's metadata to {@code desired}.
   *
   * @param desired key → value from {@link CustomerMetadata}; an empty value removes the key
   * @return {@link MetadataPushResult.Unchanged} without a write when nothing differs, {@link
   *     MetadataPushResult.Updated} after a write, {@link MetadataPushResult.Refused} (no write)
   *     when the change breaks a Stripe metadata limit
   * @throws dev.refsync.core.error.ConnectorApiException when Stripe fails the retrieve or the
   *     update (classified; retries already spent)
   */
  public MetadataPushResult push(String customerId, Map<String, String> desired) {
    MetadataChange change;
    try {
      MetadataChange.checkLengths(customerId, desired);
      Customer customer = calls.run(() -> client.v1().customers().retrieve(customerId));
      change = MetadataChange.between(customerId, customer.getMetadata(), desired);
    } catch (MetadataLimitExceededException e) {
      return new MetadataPushResult.Refused(customerId, e.violations());
    }
    if (change.isEmpty()) {
      return new MetadataPushResult.Unchanged(customerId);
    }
    String key = change.idempotencyKey();
    // One params object and one options object for every attempt: the same key with the same
    // body, which Stripe requires for a replay (another body under the key is an
    // idempotency_error). Equal updates encode to the same form body, so a re-send of the change
    // from another params object is replayed too (MetadataPushRetryIT).
    CustomerUpdateParams params =
        CustomerUpdateParams.builder().setMetadata(change.updates()).build();
    RequestOptions options = RequestOptions.builder().setIdempotencyKey(key).build();
    Customer updated = calls.run(() -> client.v1().customers().update(customerId, params, options));
    boolean replayed =
        updated.getLastResponse() != null
            && updated
                .getLastResponse()
                .headers()
                .firstValue(IDEMPOTENT_REPLAYED)
                .map(Boolean::parseBoolean)
                .orElse(false);
    return new MetadataPushResult.Updated(customerId, change.updates(), key, replayed);
  }
}
