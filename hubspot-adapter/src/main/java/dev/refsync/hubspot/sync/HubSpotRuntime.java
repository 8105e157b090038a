package dev.refsync.hubspot.sync;

import dev.refsync.core.port.OutboxPusher;
import dev.refsync.core.port.SourceConnector;
import dev.refsync.core.port.WriteBackPlanner;
import dev.refsync.hubspot.HubSpotConfig;
import dev.refsync.hubspot.client.HubSpotClient;
import dev.refsync.hubspot.client.HubSpotClientMetrics;
import dev.refsync.hubspot.client.HubSpotErrorClassifier;
import dev.refsync.hubspot.client.Pause;
import dev.refsync.hubspot.provision.HubSpotProvisioner;
import dev.refsync.hubspot.provision.HubSpotProvisioningSpec;
import dev.refsync.hubspot.provision.ProvisioningAction;
import dev.refsync.hubspot.provision.ProvisioningResult;
import dev.refsync.hubspot.webhook.ChangedObject;
import dev.refsync.hubspot.webhook.HubSpotWebhookHandler;
import dev.refsync.hubspot.webhook.HubSpotWebhookVerifier;
import dev.refsync.hubspot.webhook.WebhookResponse;
import dev.refsync.mappings.mapper.RecordMapper;
import dev.refsync.mappings.spec.MappingSpec;
import dev.refsync.mappings.spec.SystemName;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Everything the daemon wires for one HubSpot connection of {@code refsync.yaml}: the source, the
 * pusher and the write-back planner of the pipeline contract, webhook intake, provisioning and
 * request metrics, all over one {@link HubSpotClient} (one rate budget per portal).
 */
public final class HubSpotRuntime implements AutoCloseable {
  /** How often archived records are listed (see {@link ArchivedScan}). */
  public static final Duration ARCHIVED_SCAN_INTERVAL = Duration.ofHours(1);

  private final String connection;
  private final HubSpotClient client;
  private final HubSpotSource source;
  private final HubSpotPusher pusher;
  private final HubSpotWriteBackPlanner planner;
  private final HubSpotProvisioner provisioner;
  private final ChangedObjectReader changed;
  private final HubSpotWebhookVerifier verifier;

  private HubSpotRuntime(
      String connection,
      HubSpotConfig config,
      MappingSpec mapping,
      Clock clock,
      HubSpotClient client) {
    this.connection = connection;
    this.client = client;
    Map<String, ObjectReadSpec> specs = ObjectReadSpec.from(mapping);
    RecordAssembler assembler =
        new RecordAssembler(
            connection, new RecordMapper(mapping), new AssociationReader(client), clock);
    this.source =
        new HubSpotSource(
            connection,
            client,
            specs,
            assembler,
            new ArchivedScan(client, clock, ARCHIVED_SCAN_INTERVAL),
            clock,
            config.searchSettle());
    this.pusher = new HubSpotPusher(connection, client, new HubSpotErrorClassifier(), mapping);
    this.planner = new HubSpotWriteBackPlanner(connection, mapping);
    this.provisioner = new HubSpotProvisioner(client, HubSpotProvisioningSpec.fromMapping(mapping));
    this.changed = new ChangedObjectReader(client, specs, assembler, clock);
    this.verifier =
        config.webhookClientSecret() == null || config.webhookClientSecret().isEmpty()
            ? null
            : new HubSpotWebhookVerifier(config.webhookClientSecret(), clock);
  }

  /**
   * A production runtime: waits block the calling thread.
   *
   * @param connectionName the connection's name in {@code refsync.yaml}, e.g. {@code hubspot-main};
   *     the snapshots and outbox rows are kept under it
   * @param mapping a HubSpot mapping ({@code DefaultMappings.load(SystemName.HUBSPOT)} or the
   *     connection's own file)
   * @throws dev.refsync.core.config.InvalidConfigException listing every problem of the config
   */
  public static HubSpotRuntime create(
      String connectionName, HubSpotConfig config, MappingSpec mapping, Clock clock) {
    return create(connectionName, config, mapping, clock, Pause.blocking(), new SplittableRandom());
  }

  /** As {@link #create(String, HubSpotConfig, MappingSpec, Clock)} with the client's waits. */
  public static HubSpotRuntime create(
      String connectionName,
      HubSpotConfig config,
      MappingSpec mapping,
      Clock clock,
      Pause pause,
      RandomGenerator random) {
    Objects.requireNonNull(connectionName, "connectionName");
    if (mapping.system() != SystemName.HUBSPOT) {
      throw new IllegalArgumentException(
          "connection "
              + connectionName
              + " is a HubSpot connection but its mapping is for "
              + mapping.system().yamlName()
              + ": give it a mapping file with 'system: hubspot'");
    }
    HubSpotClient client = HubSpotClient.create(config, clock, pause, random);
    return new HubSpotRuntime(connectionName, config, mapping, clock, client);
  }

  public String connection() {
    return connection;
  }

  public SourceConnector source() {
    return source;
  }

  public OutboxPusher pusher() {
    return pusher;
  }

  public WriteBackPlanner planner() {
    return planner;
  }

  /**
   * Handles one webhook POST (mount it at the app's target URL): verifies the v3 signature and
   * timestamp, re-reads the records the events name and hands them to {@code ingest} (the daemon
   * passes {@code pullStep::ingest}). 401 with nothing read or stored when the signature or
   * timestamp is bad; 503 when the re-read or the store failed, so HubSpot redelivers; 404 when the
   * connection has no {@code webhookClientSecret}.
   *
   * @param uri the full public URI HubSpot called (see {@link HubSpotWebhookVerifier})
   */
  public WebhookResponse handleWebhook(
      String method, String uri, Map<String, String> headers, byte[] body, RecordIngest ingest) {
    if (verifier == null) {
      return new WebhookResponse(404, "webhooks are not configured for " + connection);
    }
    HubSpotWebhookHandler handler =
        new HubSpotWebhookHandler(
            verifier,
            events -> {
              RecordAssembler.Assembled read = changed.read(ChangedObject.of(events));
              ingest.ingest(connection, read.records(), read.rejected());
            });
    return handler.handle(method, uri, headers, body);
  }

  /** Dry run ({@code --dry-run}): what provisioning would create; creates nothing. */
  public List<ProvisioningAction> provisioningPlan() {
    return provisioner.plan();
  }

  /** Creates the missing properties, group and commission schema; changes nothing that exists. */
  public List<ProvisioningResult> provision() {
    return provisioner.apply();
  }

  /** The provisioner itself, for {@code review()} (warnings about unusable existing fields). */
  public HubSpotProvisioner provisioner() {
    return provisioner;
  }

  /** Request, wait and retry counters of this connection's client. */
  public HubSpotClientMetrics metrics() {
    return client.metrics();
  }

  /** Attempts sent per HubSpot operation, retries included. */
  public Map<String, Long> requestsByOperation() {
    return client.requestsByOperation();
  }

  @Override
  public void close() {
    client.close();
  }
}
