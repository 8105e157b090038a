package dev.refsync.stripe.push;

import com.stripe.exception.StripeException;
import com.stripe.model.Customer;
import com.stripe.param.CustomerCreateParams;
import dev.refsync.sandbox.stripe.StripeEndpoints;
import dev.refsync.sandbox.stripe.StripeSeedSpec;
import dev.refsync.stripe.StripeEmulatorFixture;
import java.util.Map;

/** An empty Stripe emulator, customers created through stripe-java, and the pusher under test. */
final class PushFixture implements AutoCloseable {
  final StripeEmulatorFixture f = new StripeEmulatorFixture(new StripeSeedSpec(1, 0, 1, 0, 0, 0));
  final StripeCustomerMetadataPush push =
      new StripeCustomerMetadataPush(f.client(), StripeEmulatorFixture.calls());

  String customer(Map<String, String> metadata) throws StripeException {
    return f.client()
        .v1()
        .customers()
        .create(
            CustomerCreateParams.builder()
                .setEmail("ana@buyer.com")
                .setName("Buyer Inc")
                .putAllMetadata(metadata)
                .build())
        .getId();
  }

  Map<String, String> metadata(String customerId) throws StripeException {
    Customer c = f.client().v1().customers().retrieve(customerId);
    return c.getMetadata();
  }

  long updates() {
    return f.requests(StripeEndpoints.CUSTOMERS_UPDATE);
  }

  /**
   * {@code customer.updated} events the emulator emitted for this customer: one per applied write.
   */
  long updatedEvents(String customerId) {
    return f.stripe.events().stream()
        .filter(e -> e.get("type").asText().equals("customer.updated"))
        .filter(e -> e.path("data").path("object").path("id").asText().equals(customerId))
        .count();
  }

  @Override
  public void close() {
    f.close();
  }
}
