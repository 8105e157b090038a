package dev.refsync.stripe.sync;

import com.stripe.StripeClient;
import dev.refsync.core.config.ConfigProblem;
import dev.refsync.core.config.InvalidConfigException;
import dev.refsync.core.domain.DomainNormalizer;
import dev.refsync.mappings.mapper.RecordMapper;
import dev.refsync.mappings.spec.MappingSpec;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.mappings.writeback.WriteBackMapper;
import dev.refsync.stripe.config.StripeClients;
import dev.refsync.stripe.config.StripeConfig;
import dev.refsync.stripe.config.StripeRequestCounts;
import dev.refsync.stripe.error.StripeCalls;
import dev.refsync.stripe.feed.StripeBackfill;
import dev.refsync.stripe.feed.StripeEventsFeed;
import dev.refsync.stripe.identity.CustomerIdentity;
import dev.refsync.stripe.push.CustomerMetadata;
import dev.refsync.stripe.push.StripeCustomerMetadataPush;
import dev.refsync.stripe.translate.BackfillLookups;
import dev.refsync.stripe.translate.StripeApiLookups;
import dev.refsync.stripe.translate.StripeLookups;
import dev.refsync.stripe.webhook.StripeWebhookVerifier;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One Stripe connection of {@code refsync.yaml}, wired (ADAPTER-CONTRACT): the events {@link
 * #source()}, the customer metadata {@link #pusher()} and {@link #planner()}, and {@link
 * #handleWebhook} for deliveries. One {@code StripeClient} instance per connection, never the
 * static {@code Stripe.apiKey}.
 *
 * <p>Stripe needs no provisioning: metadata keys are free-form (VENDOR-FACTS: 50 keys, 40/500
 * characters), so nothing is created before the first push. The webhook endpoint itself is
 * registered in the Stripe dashboard; its signing secret goes into {@link StripeConfig}.
 */
public final class StripeRuntime implements AutoCloseable {
  private final StripeSource source;
  private final StripePusher pusher;
  private final StripeWriteBackPlanner planner;
  private final StripeWebhookHandler webhooks;
  private final StripeRequestCounts requests;

  private StripeRuntime(
      StripeSource source,
      StripePusher pusher,
      StripeWriteBackPlanner planner,
      StripeWebhookHandler webhooks,
      StripeRequestCounts requests) {
    this.source = source;
    this.pusher = pusher;
    this.planner = planner;
    this.webhooks = webhooks;
    this.requests = requests;
  }

  /**
   * Wires a connection; no request is made.
   *
   * @param connectionName the connection's name, the snapshots' system column
   * @param mapping the connection's validated Stripe mapping ({@code stripe.yaml})
   * @throws InvalidConfigException listing every problem of the config, or a mapping of another
   *     system
   */
  public static StripeRuntime create(
      String connectionName, StripeConfig config, MappingSpec mapping, Clock clock) {
    return create(connectionName, config, mapping, clock, StripeCalls.defaults());
  }

  /** Same, with the retry policy given (tests use a short backoff). */
  static StripeRuntime create(
      String connectionName,
      StripeConfig config,
      MappingSpec mapping,
      Clock clock,
      StripeCalls calls) {
    Objects.requireNonNull(connectionName, "connectionName");
    Objects.requireNonNull(clock, "clock");
    if (mapping.system() != SystemName.STRIPE) {
      throw new InvalidConfigException(
          List.of(
              new ConfigProblem(
                  "stripe.mapping",
                  "connection " + connectionName + " was given a " + mapping.system() + " mapping",
                  "point the connection at a Stripe mapping file (system: stripe)")));
    }
    StripeRequestCounts requests = new StripeRequestCounts();
    StripeClient client = StripeClients.create(config, requests);
    DomainNormalizer domains = DomainNormalizer.withDefaultFreeMailList();
    StripeLookups lookups = new StripeApiLookups(client, calls);
    StripeRecords records =
        new StripeRecords(
            connectionName,
            new RecordMapper(mapping),
            // The translator's own link is not used: the core resolves links at engine time.
            new CustomerIdentity(config.accountIdMetadataKey(), domains, Map.of()),
            lookups,
            new CustomerAccountLinks(config.accountIdMetadataKey(), domains),
            clock);
    StripeSource source =
        new StripeSource(
            connectionName,
            new StripeEventsFeed(client, calls, config, clock),
            new StripeBackfill(client, calls, config),
            records,
            () -> records.withLookups(new BackfillLookups(lookups, client, calls)),
            clock);
    StripePusher pusher =
        new StripePusher(connectionName, new StripeCustomerMetadataPush(client, calls));
    StripeWriteBackPlanner planner =
        new StripeWriteBackPlanner(
            connectionName, new CustomerMetadata(new WriteBackMapper(mapping)));
    StripeWebhookHandler webhooks =
        new StripeWebhookHandler(
            connectionName,
            new StripeWebhookVerifier(config, clock),
            records,
            new CurrentObjects(client, calls));
    return new StripeRuntime(source, pusher, planner, webhooks, requests);
  }

  public StripeSource source() {
    return source;
  }

  public StripePusher pusher() {
    return pusher;
  }

  public StripeWriteBackPlanner planner() {
    return planner;
  }

  /**
   * One webhook delivery, as the HTTP server received it.
   *
   * @param rawBody the request body exactly as sent (the signature covers its bytes)
   * @param signatureHeader the {@code Stripe-Signature} header; may be null
   * @param sink where verified records go, e.g. {@code pullStep::ingest}
   * @return the status and body to answer: 200 handled, 400 refused (nothing stored), 503 retry
   * @throws RuntimeException what the sink throws (the store failed): answer 500, Stripe delivers
   *     again
   */
  public WebhookResponse handleWebhook(String rawBody, String signatureHeader, WebhookSink sink) {
    return webhooks.handle(rawBody, signatureHeader, sink);
  }

  /**
   * Requests sent to Stripe so far per endpoint ({@code GET /v1/events}, {@code POST
   * /v1/customers/{id}}), every attempt counted, for the daemon's metrics.
   */
  public Map<String, Long> requestCounts() {
    return requests.snapshot();
  }

  /** Nothing to release: stripe-java's client holds no pooled connections or threads. */
  @Override
  public void close() {}
}
