package dev.refsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.EmulatorServer;
import dev.refsync.sandbox.core.FaultInjector;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A stateful in-memory Salesforce org on 127.0.0.1: OAuth 2.0 token endpoint (password, client
 * credentials, JWT bearer), sObject REST, SOQL query/queryAll/queryMore, sObject Collections
 * create/update/upsert, describe, limits with {@code Sforce-Limit-Info}, the Metadata API's
 * createMetadata/readMetadata for custom objects and fields, and fault injection. See
 * sandbox/README.md.
 *
 * <pre>{@code
 * try (SalesforceEmulator sf = SalesforceEmulator.start(SalesforceConfig.defaults(u, p, id, secret, clock))) {
 *   sf.seed(new SalesforceSeedSpec(42, 10, 30, 5, 20));
 *   URI login = sf.baseUri(); // token endpoint and instance_url
 * }
 * }</pre>
 */
public final class SalesforceEmulator implements AutoCloseable {

  private final SalesforceConfig config;
  private final SalesforceStore store;
  private final Sessions sessions;
  private final Provisioner provisioner;
  private final SalesforceGate gate;
  private final EmulatorServer server;

  private SalesforceEmulator(SalesforceConfig config) {
    this.config = config;
    this.store = new SalesforceStore(config.clock());
    this.sessions = new Sessions(config.clock(), config.sessionLifetime());
    this.provisioner = new Provisioner(store.schema());
    this.gate = new SalesforceGate(config, sessions);
    EmulatorServer.Builder builder =
        EmulatorServer.builder("salesforce")
            .middleware(gate)
            .errors(SalesforceErrors::forStatus)
            .state(this::dump);
    new OAuthApi(config, sessions, this::baseUri).register(builder);
    new SObjectApi(store).register(builder);
    new QueryApi(store, new QueryCursors(config.clock())).register(builder);
    new CollectionsApi(store).register(builder);
    new DescribeApi(store).register(builder);
    new DeletedApi(store).register(builder);
    new BulkQueryApi(store).register(builder);
    new RecordCountApi(store).register(builder);
    new LimitsApi(gate.daily()).register(builder);
    new MetadataSoapApi(store, sessions, provisioner).register(builder);
    this.server = builder.build();
  }

  /** Starts an org on a free loopback port. */
  public static SalesforceEmulator start(SalesforceConfig config) {
    SalesforceEmulator emulator = new SalesforceEmulator(config);
    emulator.server.start();
    return emulator;
  }

  /** Both the login URL and the {@code instance_url} the token response names. */
  public URI baseUri() {
    return server.baseUri();
  }

  public SalesforceConfig config() {
    return config;
  }

  /** Creates accounts, contacts, leads, opportunities and contact roles deterministically. */
  public SalesforceSeedResult seed(SalesforceSeedSpec spec) {
    return new SalesforceSeeder(store).seed(spec);
  }

  /**
   * Provisions a custom object as {@code createMetadata} would.
   *
   * @throws IllegalArgumentException listing every Metadata API error when it is refused
   */
  public void defineCustomObject(CustomObjectSpec spec) {
    requireNoErrors(spec.fullName(), store.read(() -> provisioner.createObject(spec)));
  }

  /**
   * Provisions a custom field as {@code createMetadata} would.
   *
   * @throws IllegalArgumentException listing every Metadata API error when it is refused
   */
  public void defineCustomField(CustomFieldSpec spec) {
    requireNoErrors(spec.fullName(), store.read(() -> provisioner.createField(spec)));
  }

  /**
   * Inserts one record straight into the store as seeding does (no validation, no HTTP, no limits),
   * modified at the clock's now; for records the seeder does not make, e.g. a custom object's.
   *
   * @return the new record's id
   */
  public String insert(String type, Map<String, Object> values) {
    return store.read(
        () -> {
          SObjectDef def =
              store
                  .schema()
                  .type(type)
                  .orElseThrow(() -> new IllegalArgumentException("no sObject type " + type));
          return store.insert(def, values, store.now(), store.now());
        });
  }

  /** Every issued access token is rejected from now on ({@code INVALID_SESSION_ID}). */
  public void expireAllSessions() {
    sessions.expireAll();
  }

  /** A valid access token without an OAuth round trip, for tests that are not about auth. */
  public String issueSession() {
    return sessions.issue();
  }

  /** Removes a record for good, as after the recycle bin is emptied; false when unknown. */
  public boolean hardDelete(String id) {
    return store.hardDelete(id);
  }

  /**
   * The next {@code times} writes touching the record (by id or external id value) fail with {@code
   * UNABLE_TO_LOCK_ROW} in their per-record result.
   */
  public void lockRecord(String idOrExternalId, int times) {
    store.locks().lock(idOrExternalId, times);
  }

  /**
   * Knobs for the next requests: {@code failNext(n, 503)}, {@code resetNext(n)}, {@code
   * malformNext(n)}, each optionally for one endpoint name from {@link SalesforceEndpoints}.
   */
  public FaultInjector faults() {
    return server.faults();
  }

  /** API requests left in the rolling 24-hour allocation. */
  public long apiRequestsRemaining() {
    return gate.daily().remaining();
  }

  public Map<String, Long> requestCounts() {
    return server.requestCounts();
  }

  public long totalRequests() {
    return server.totalRequests();
  }

  /** Every record, custom object and custom field as JSON. */
  public String stateDump() {
    return server.stateDump();
  }

  @Override
  public void close() {
    server.close();
  }

  private ObjectNode dump() {
    return store.read(
        () -> {
          ObjectNode out = (ObjectNode) store.dump();
          ArrayNode objects = out.putArray("customObjects");
          ArrayNode fields = out.putArray("customFields");
          for (SObjectDef type : store.schema().types()) {
            provisioner.object(type.name()).ifPresent(o -> objects.add(o.fullName()));
            for (FieldDef f : type.fields()) {
              if (f.custom()) {
                fields.add(type.name() + "." + f.name());
              }
            }
          }
          return out;
        });
  }

  private static void requireNoErrors(String fullName, List<MetadataError> errors) {
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(
          "Salesforce refused " + fullName + ": " + errors.stream().map(Object::toString).toList());
    }
  }
}
