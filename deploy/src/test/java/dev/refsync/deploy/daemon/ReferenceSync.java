package dev.refsync.deploy.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import dev.refsync.core.config.Secret;
import dev.refsync.core.domain.DomainNormalizer;
import dev.refsync.core.engine.RefsyncEngine;
import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.Deal;
import dev.refsync.core.port.SourceConnector;
import dev.refsync.core.store.DataSources;
import dev.refsync.core.store.Migrations;
import dev.refsync.core.store.OutboxRow;
import dev.refsync.core.store.SnapshotLocation;
import dev.refsync.core.store.SnapshotLocations;
import dev.refsync.core.store.Store;
import dev.refsync.core.store.StoreConfig;
import dev.refsync.core.sync.EngineStep;
import dev.refsync.core.sync.PullStep;
import dev.refsync.deploy.daemon.config.ConnectionType;
import dev.refsync.deploy.daemon.config.DaemonSettings;
import dev.refsync.deploy.daemon.config.SettingsLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

/**
 * The connections of a {@code refsync.yaml}, wired in the test JVM exactly as the daemon wires them
 * (same settings loader, same adapters), for what the crash test does outside the daemon process:
 * provisioning the CRMs' custom fields and objects, and a reference sync that says what the daemon
 * must end with.
 *
 * <p>The reference is independent of the daemon's store: a fresh in-memory H2 store, every object
 * type pulled to its end, one engine run, no push. Ledger entry ids are deterministic (the same
 * inputs give the same id), so the daemon's ledger must hold exactly the reference's ids however
 * often it was killed.
 */
final class ReferenceSync implements AutoCloseable {
  private final DaemonSettings settings;
  private final List<ConnectionRuntime> runtimes = new ArrayList<>();
  private final HikariDataSource dataSource;
  private final Store store;
  private final Clock clock;

  ReferenceSync(Path config, Clock clock) {
    this.settings = load(config);
    this.clock = clock;
    this.dataSource =
        DataSources.create(
            new StoreConfig(
                "jdbc:h2:mem:reference-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa",
                Secret.of(""),
                2));
    Migrations.migrate(dataSource);
    this.store = new Store(dataSource, clock);
    PullStep webhooks = new PullStep(store, 1);
    AdapterConnections adapters = new AdapterConnections();
    settings.connections().forEach(c -> runtimes.add(adapters.create(c, clock, webhooks::ingest)));
  }

  /** The daemon's own settings loader on the file, as Spring Boot would read it. */
  static DaemonSettings load(Path config) {
    StandardEnvironment environment = new StandardEnvironment();
    try {
      new YamlPropertySourceLoader()
          .load("refsync.yaml", new FileSystemResource(config))
          .forEach(environment.getPropertySources()::addLast);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "config-file",
                Map.of(SettingsLoader.CONFIG_FILE_PROPERTY, config.toAbsolutePath().toString())));
    return SettingsLoader.load(environment);
  }

  /** What {@code refsync demo} does before its first cycle; fails on any component not created. */
  void provision() {
    for (ConnectionRuntime runtime : runtimes) {
      if (runtime.provisioning().isEmpty()) {
        continue;
      }
      for (Provisioning.Outcome outcome : runtime.provisioning().get().apply()) {
        if (!outcome.created()) {
          throw new IllegalStateException(
              "provisioning "
                  + runtime.name()
                  + " failed: "
                  + outcome.description()
                  + ": "
                  + outcome.error());
        }
      }
    }
  }

  /** Pulls everything, evaluates once, and reads what the daemon must end with. */
  Expected run() {
    PullStep pull = new PullStep(store, Integer.MAX_VALUE);
    for (ConnectionRuntime runtime : runtimes) {
      SourceConnector source = runtime.source();
      for (String objectType : source.objectTypes()) {
        pull.pull(source, objectType);
      }
    }
    RefsyncEngine engine =
        new RefsyncEngine(settings.plans(), DomainNormalizer.withDefaultFreeMailList());
    new EngineStep(store, engine, runtimes.stream().map(ConnectionRuntime::planner).toList(), clock)
        .run();
    return store.inTransaction(
        tx -> {
          List<CommissionEntry> ledger = tx.ledger().entries();
          List<Attribution> attributions = tx.attributions().attributions();
          SnapshotLocations locations = tx.snapshots().locations();
          List<OutboxRow> outbox = tx.outbox().all();
          return expected(ledger, attributions, locations, outbox);
        });
  }

  private Expected expected(
      List<CommissionEntry> ledger,
      List<Attribution> attributions,
      SnapshotLocations locations,
      List<OutboxRow> outbox) {
    String hubspot = connection(ConnectionType.HUBSPOT);
    String salesforce = connection(ConnectionType.SALESFORCE);
    String stripe = connection(ConnectionType.STRIPE);
    Set<String> entryIds = new TreeSet<>();
    Map<String, String> hubspotEntries = new TreeMap<>();
    Map<String, String> salesforceEntries = new TreeMap<>();
    for (CommissionEntry entry : ledger) {
      if (!entryIds.add(entry.id())) {
        throw new IllegalStateException("the reference ledger holds " + entry.id() + " twice");
      }
      if (entry.dealId() == null) {
        continue;
      }
      dealIn(locations, entry.dealId(), hubspot).forEach(d -> hubspotEntries.put(entry.id(), d));
      dealIn(locations, entry.dealId(), salesforce)
          .forEach(d -> salesforceEntries.put(entry.id(), d));
    }
    Set<String> hubspotDeals = new TreeSet<>();
    Set<String> opportunities = new TreeSet<>();
    for (Attribution attribution : attributions) {
      if (attribution.credits().isEmpty()) {
        continue;
      }
      hubspotDeals.addAll(dealIn(locations, attribution.dealId(), hubspot));
      opportunities.addAll(dealIn(locations, attribution.dealId(), salesforce));
    }
    Set<String> customers = new TreeSet<>();
    for (OutboxRow row : outbox) {
      // The Stripe planner also plans clearing writes (empty values) for linked customers whose
      // account is not attributed; only the ones that set a referral count.
      if (row.item().connection().equals(stripe) && setsReferral(row.item().payload())) {
        customers.add(row.item().targetKey());
      }
    }
    return new Expected(
        entryIds, hubspotEntries, salesforceEntries, hubspotDeals, opportunities, customers);
  }

  private static List<String> dealIn(
      SnapshotLocations locations, String dealId, String connection) {
    return locations.of(Deal.class, dealId, connection).stream()
        .map(SnapshotLocation::externalId)
        .toList();
  }

  private String connection(ConnectionType type) {
    return settings.connections().stream()
        .filter(c -> c.type() == type)
        .map(c -> c.name())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the config declares no " + type));
  }

  @Override
  public void close() {
    try {
      for (ConnectionRuntime runtime : runtimes) {
        runtime.resources().close();
      }
    } catch (Exception e) {
      throw new IllegalStateException("could not close the reference connections", e);
    } finally {
      dataSource.close();
    }
  }

  /**
   * What the daemon must end with.
   *
   * @param entryIds every ledger entry id
   * @param hubspotEntries entry id to HubSpot deal id, for the entries of deals read from HubSpot
   * @param salesforceEntries entry id to opportunity id, for the entries of opportunities
   * @param hubspotDeals the attributed HubSpot deals, which carry their referral
   * @param opportunities the attributed opportunities, which carry their referral
   * @param customers the Stripe customers that carry their account's referral
   */
  record Expected(
      Set<String> entryIds,
      Map<String, String> hubspotEntries,
      Map<String, String> salesforceEntries,
      Set<String> hubspotDeals,
      Set<String> opportunities,
      Set<String> customers) {

    /** Every write Refsync makes, of every kind together ({@link SandboxContents#written}). */
    int writes() {
      return hubspotEntries.size()
          + salesforceEntries.size()
          + hubspotDeals.size()
          + opportunities.size()
          + customers.size();
    }
  }

  private static boolean setsReferral(String payload) {
    try {
      JsonNode referral = new ObjectMapper().readTree(payload).findValue("refsync_referral_id");
      return referral != null && !referral.asText("").isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
