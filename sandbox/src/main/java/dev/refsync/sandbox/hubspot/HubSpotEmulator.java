package dev.refsync.sandbox.hubspot;

import dev.refsync.sandbox.core.EmulatorServer;
import dev.refsync.sandbox.core.FaultInjector;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A stateful in-memory HubSpot portal on 127.0.0.1 speaking the CRM v3/v4 wire format: objects
 * (contacts, companies, deals, custom objects), search, properties and groups, schemas,
 * associations v4, private-app bearer auth, the 10-second/daily/search limits with HubSpot's
 * headers and 429 bodies, fault injection, and signed webhook delivery. See sandbox/README.md.
 *
 * <pre>{@code
 * try (HubSpotEmulator hubspot = HubSpotEmulator.start(HubSpotConfig.defaults("pat-na1-test", clock))) {
 *   hubspot.seed(new SeedSpec(42, 10, 30, 20));
 *   URI api = hubspot.baseUri(); // point the client's base URL here
 * }
 * }</pre>
 */
public final class HubSpotEmulator implements AutoCloseable {

  /** The app id stamped on webhook events (HubSpot sends the subscribing app's id). */
  public static final long APP_ID = 1_160_452L;

  private final HubSpotConfig config;
  private final HubSpotStore store;
  private final BatchInputFaults batchInputFaults = new BatchInputFaults();
  private final EmulatorServer server;
  private final HubSpotWebhookSender webhooks;
  private final SearchApi search;

  private HubSpotEmulator(HubSpotConfig config) {
    this.config = config;
    HubSpotErrors errors = new HubSpotErrors();
    this.store = new HubSpotStore(config.clock(), errors, config.portalId(), APP_ID);
    EmulatorServer.Builder builder =
        EmulatorServer.builder("hubspot")
            .middleware(new HubSpotGate(config, errors))
            .errors(errors::forStatus)
            .state(store::dump);
    ObjectsApi objects = new ObjectsApi(store, errors);
    objects.register(builder);
    new BatchObjectsApi(store, errors, objects, batchInputFaults).register(builder);
    this.search = new SearchApi(store, errors, config.indexingDelay());
    search.register(builder);
    new PropertiesApi(store, errors).register(builder);
    new SchemasApi(store, errors).register(builder);
    new AssociationsApi(store, errors).register(builder);
    this.server = builder.build();
    this.webhooks = new HubSpotWebhookSender(config.clock());
  }

  /** Starts a portal on a free loopback port. */
  public static HubSpotEmulator start(HubSpotConfig config) {
    HubSpotEmulator emulator = new HubSpotEmulator(config);
    emulator.server.start();
    return emulator;
  }

  /** The API root, the equivalent of {@code https://api.hubapi.com}. */
  public URI baseUri() {
    return server.baseUri();
  }

  public HubSpotConfig config() {
    return config;
  }

  /**
   * Makes search show the writes of record {@code objectId} {@code extra} later than the configured
   * indexing delay: HubSpot's index does not always catch up in the order records were modified, so
   * a search may return a later change while an earlier one is still missing.
   */
  public void indexLate(String objectId, Duration extra) {
    search.indexLate(objectId, extra);
  }

  /** Creates companies, contacts and deals deterministically from {@code spec.seed()}. */
  public SeedResult seed(SeedSpec spec) {
    return new HubSpotSeeder(store).seed(spec);
  }

  /**
   * Knobs for the next requests: {@code failNext(n, 500)}, {@code failNext(n, 423)} (HubSpot's
   * Locked), {@code resetNext(n)}, {@code malformNext(n)}, each optionally for one endpoint name
   * from {@link HubSpotEndpoints}.
   */
  public FaultInjector faults() {
    return server.faults();
  }

  /**
   * The next {@code inputs} inputs of batch create/update/upsert fail individually with category
   * {@code VALIDATION_ERROR}; their batch answers 207 with {@code results} and {@code errors}.
   */
  public void failNextBatchInputs(int inputs) {
    batchInputFaults.failNext(inputs, HubSpotErrors.VALIDATION_ERROR);
  }

  /** As {@link #failNextBatchInputs(int)} with another error category. */
  public void failNextBatchInputs(int inputs, String category) {
    batchInputFaults.failNext(inputs, category);
  }

  /** Endpoint name (see {@link HubSpotEndpoints}) to requests received. */
  public Map<String, Long> requestCounts() {
    return server.requestCounts();
  }

  public long totalRequests() {
    return server.totalRequests();
  }

  /** Every stored record, schema, custom property and association as JSON. */
  public String stateDump() {
    return server.stateDump();
  }

  /** Creation, propertyChange and deletion events recorded since the last drain, oldest first. */
  public List<WebhookEvent> drainWebhookEvents() {
    return store.drainEvents();
  }

  public HubSpotWebhookSender webhooks() {
    return webhooks;
  }

  @Override
  public void close() {
    server.close();
  }
}
