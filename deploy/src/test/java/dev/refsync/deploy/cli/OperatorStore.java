package dev.refsync.deploy.cli;

import com.zaxxer.hikari.HikariDataSource;
import dev.refsync.core.config.Secret;
import dev.refsync.core.domain.DomainNormalizer;
import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.engine.EngineResult;
import dev.refsync.core.engine.RefsyncEngine;
import dev.refsync.core.io.EventsReader;
import dev.refsync.core.plans.PlansLoader;
import dev.refsync.core.store.DataSources;
import dev.refsync.core.store.Migrations;
import dev.refsync.core.store.SnapshotStore;
import dev.refsync.core.store.Store;
import dev.refsync.core.store.StoreConfig;
import dev.refsync.core.store.TransactionWork;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A deployment's state store for the operator-command tests: a real H2 file in a temporary
 * directory with the {@code refsync.yaml} that names it, seeded through the store API. Each call
 * opens and closes the store, as separate daemon and CLI processes would.
 */
final class OperatorStore {
  /** The worked example's evaluation time (examples/worked). */
  static final Instant AS_OF = Instant.parse("2026-06-30T00:00:00Z");

  private static final Path WORKED = Path.of("..", "examples", "worked");

  final Path config;
  private final StoreConfig storeConfig;

  OperatorStore(Path dir) {
    String url = "jdbc:h2:file:" + dir.resolve("data").resolve("refsync") + ";AUTO_SERVER=FALSE";
    this.storeConfig = new StoreConfig(url, "sa", Secret.of(""), 2);
    this.config = dir.resolve("refsync.yaml");
    write(
        config,
        """
        refsync:
          store:
            jdbc-url: "%s"
            username: sa
            max-pool-size: 2
        """
            .formatted(url));
  }

  /** The args to run a command on this store: {@code command... --config FILE extra...}. */
  String[] args(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--config";
    all[args.length + 1] = config.toString();
    return all;
  }

  /** Runs {@code work} in one transaction with the store's clock at {@link #AS_OF}. */
  <T> T inTransaction(TransactionWork<T> work) {
    try (HikariDataSource dataSource = DataSources.create(storeConfig)) {
      Migrations.migrate(dataSource);
      return new Store(dataSource, Clock.fixed(AS_OF, ZoneOffset.UTC)).inTransaction(work);
    }
  }

  /**
   * Stores the worked example's records as snapshots and persists the real engine's run on them at
   * {@link #AS_OF}, as the daemon's pull and engine steps would.
   */
  EngineResult seedWorkedExample() {
    try {
      CanonicalDataset data = new EventsReader().read(WORKED.resolve("events.jsonl")).dataset();
      EngineResult result =
          new RefsyncEngine(
                  PlansLoader.load(WORKED.resolve("plans.yaml")),
                  DomainNormalizer.withDefaultFreeMailList())
              .evaluate(data, AS_OF);
      try (HikariDataSource dataSource = DataSources.create(storeConfig)) {
        Migrations.migrate(dataSource);
        Store store = new Store(dataSource, Clock.fixed(AS_OF, ZoneOffset.UTC));
        store.inTransaction(
            tx -> {
              SnapshotStore snapshots = tx.snapshots();
              for (List<?> records :
                  List.of(
                      data.referrers(),
                      data.referrals(),
                      data.accounts(),
                      data.contacts(),
                      data.deals(),
                      data.payments(),
                      data.refunds(),
                      data.churns())) {
                int n = 0;
                for (Object record : records) {
                  String kind = record.getClass().getSimpleName();
                  snapshots.upsert("events", kind, kind + "-" + n++, record, null);
                }
              }
              return null;
            });
        store.persistEngineRun(result, List.of(), Clock.fixed(AS_OF, ZoneOffset.UTC));
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
