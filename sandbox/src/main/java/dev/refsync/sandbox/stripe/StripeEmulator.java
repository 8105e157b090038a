package dev.refsync.sandbox.stripe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.EmulatorServer;
import dev.refsync.sandbox.core.FaultInjector;
import dev.refsync.sandbox.stripe.StripeStore.Kind;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A stateful in-memory Stripe test-mode account on 127.0.0.1 speaking the v1 wire format that
 * stripe-java 33.3.0 reads: customers, subscriptions, invoices, charges, refunds, disputes and the
 * events feed, with secret-key auth, bracket-notation form bodies, idempotency keys, the test-mode
 * rate limit, fault injection and signed webhook delivery. See sandbox/README.md.
 *
 * <pre>{@code
 * try (StripeEmulator stripe = StripeEmulator.start(StripeConfig.defaults("sk_test_123", clock))) {
 *   stripe.seed(StripeSeedSpec.yearOfHistory(42, 20));
 *   StripeClient client = StripeClient.builder().setApiKey("sk_test_123")
 *       .setApiBase(stripe.baseUri().toString()).build();
 * }
 * }</pre>
 */
public final class StripeEmulator implements AutoCloseable {

  private final StripeConfig config;
  private final StripeBilling billing;
  private final EmulatorServer server;
  private final StripeWebhookSender webhooks;

  private StripeEmulator(StripeConfig config) {
    this.config = config;
    StripeIds ids = new StripeIds();
    StripeErrors errors = new StripeErrors(new StripeIds());
    StripeStore store = new StripeStore(ids);
    this.billing = new StripeBilling(store, errors, config.apiVersion());
    Expansion expansion = new Expansion(billing);
    EmulatorServer.Builder builder =
        EmulatorServer.builder("stripe")
            .middleware(new StripeGate(config, errors))
            .errors(errors::forStatus)
            .state(store::dump);
    StripeRoutes routes =
        new StripeRoutes(
            builder,
            errors,
            new IdempotencyKeys(config.clock(), config.idempotencyRetention()),
            config.clock());
    new CustomersApi(billing, expansion).register(routes);
    new SubscriptionsApi(billing, expansion).register(routes);
    new InvoicesApi(billing, expansion).register(routes);
    new InvoicePaymentsApi(billing, expansion).register(routes);
    new ChargesApi(billing, expansion).register(routes);
    new RefundsApi(billing, expansion).register(routes);
    new DisputesApi(billing, expansion).register(routes);
    new EventsApi(billing, config.eventRetention()).register(routes);
    this.server = builder.build();
    this.webhooks = new StripeWebhookSender(config.clock());
  }

  /** Starts an account on a free loopback port. */
  public static StripeEmulator start(StripeConfig config) {
    StripeEmulator emulator = new StripeEmulator(config);
    emulator.server.start();
    return emulator;
  }

  /** The API root, the equivalent of {@code https://api.stripe.com}. */
  public URI baseUri() {
    return server.baseUri();
  }

  public StripeConfig config() {
    return config;
  }

  /** Creates customers, subscriptions, a year of paid invoices, refunds, disputes, churn. */
  public StripeSeedResult seed(StripeSeedSpec spec) {
    return new StripeSeeder(billing, config.clock()).seed(spec);
  }

  /**
   * Bills and pays the subscription's next period now (the first call: the period it started in),
   * emitting {@code charge.succeeded}, {@code invoice.paid} and {@code invoice.payment_succeeded}.
   *
   * @throws IllegalArgumentException if no such subscription exists
   * @throws IllegalStateException if it is canceled
   */
  public PaidInvoice payInvoice(String subscriptionId) {
    try {
      return billing.payInvoice(subscriptionId, config.clock().instant());
    } catch (StripeRequestException e) {
      throw new IllegalArgumentException("no subscription " + subscriptionId, e);
    }
  }

  /** The cardholder's bank opens a dispute: {@code charge.dispute.created}. Returns its id. */
  public String openDispute(String chargeId, long amount, String reason) {
    try {
      return billing
          .openDispute(chargeId, amount, reason, config.clock().instant())
          .get("id")
          .asText();
    } catch (StripeRequestException e) {
      throw new IllegalArgumentException("no charge " + chargeId, e);
    }
  }

  /** The bank decides: {@code charge.dispute.closed} with status {@code won} or {@code lost}. */
  public void closeDispute(String disputeId, DisputeOutcome outcome) {
    try {
      billing.closeDispute(disputeId, outcome, config.clock().instant());
    } catch (StripeRequestException e) {
      throw new IllegalArgumentException("no dispute " + disputeId, e);
    }
  }

  /** Every event ever recorded, newest first, including those past the 30-day API window. */
  public List<ObjectNode> events() {
    return billing.store().all(Kind.EVENT);
  }

  /** Signs and POSTs one recorded event to a webhook endpoint. */
  public StripeWebhookSender.Delivery deliverEvent(
      URI endpoint, String endpointSecret, String eventId)
      throws IOException, InterruptedException {
    ObjectNode event;
    try {
      event = billing.get(Kind.EVENT, eventId, "id");
    } catch (StripeRequestException e) {
      throw new IllegalArgumentException("no event " + eventId, e);
    }
    return webhooks.send(endpoint, endpointSecret, event);
  }

  public StripeWebhookSender webhooks() {
    return webhooks;
  }

  /**
   * Knobs for the next requests: {@code failNext(n, 500)} (with {@code Stripe-Should-Retry: true}),
   * {@code failNext(n, 409)} (Stripe's {@code lock_timeout}), {@code resetNext(n)}, {@code
   * malformNext(n)}, each optionally for one endpoint name from {@link StripeEndpoints}.
   */
  public FaultInjector faults() {
    return server.faults();
  }

  /** Endpoint name (see {@link StripeEndpoints}) to requests received. */
  public Map<String, Long> requestCounts() {
    return server.requestCounts();
  }

  public long totalRequests() {
    return server.totalRequests();
  }

  /** Every stored object and event as JSON. */
  public String stateDump() {
    return server.stateDump();
  }

  @Override
  public void close() {
    server.close();
  }
}
