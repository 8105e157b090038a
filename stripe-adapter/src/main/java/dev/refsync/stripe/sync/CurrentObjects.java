package dev.refsync.stripe.sync;

import com.stripe.StripeClient;
import com.stripe.model.StripeObject;
import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.stripe.VendorObject;
import dev.refsync.stripe.error.StripeCalls;
import java.util.Optional;

/**
 * Reads a Stripe object as it is now, for webhook deliveries (Stripe's advice for unordered
 * deliveries: treat the event as a notice and fetch the object). Only the object types whose events
 * the adapter handles.
 */
final class CurrentObjects {
  private final StripeClient client;
  private final StripeCalls calls;

  CurrentObjects(StripeClient client, StripeCalls calls) {
    this.client = client;
    this.calls = calls;
  }

  /**
   * The object now; empty when Stripe no longer has it (404). A deleted customer is returned as
   * Stripe returns it, {@code deleted: true}.
   *
   * @throws ConnectorApiException any other failure, classified
   */
  Optional<VendorObject> read(String objectType, String id) {
    try {
      StripeObject object =
          switch (objectType) {
            case "invoice" -> calls.run(() -> client.v1().invoices().retrieve(id));
            case "refund" -> calls.run(() -> client.v1().refunds().retrieve(id));
            case "dispute" -> calls.run(() -> client.v1().disputes().retrieve(id));
            case "subscription" -> calls.run(() -> client.v1().subscriptions().retrieve(id));
            case "customer" -> calls.run(() -> client.v1().customers().retrieve(id));
            default ->
                throw new IllegalArgumentException("no current read for Stripe " + objectType);
          };
      return Optional.of(VendorObject.of(object));
    } catch (ConnectorApiException e) {
      if (e.httpStatus() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }
}
