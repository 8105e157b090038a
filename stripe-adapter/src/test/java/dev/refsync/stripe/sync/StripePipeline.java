package dev.refsync.stripe.sync;

import com.zaxxer.hikari.HikariDataSource;
import dev.refsync.core.config.Secret;
import dev.refsync.core.domain.DomainNormalizer;
import dev.refsync.core.engine.RefsyncEngine;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.plans.PlansLoader;
import dev.refsync.core.store.DataSources;
import dev.refsync.core.store.Migrations;
import dev.refsync.core.store.OutboxRow;
import dev.refsync.core.store.Store;
import dev.refsync.core.store.StoreConfig;
import dev.refsync.core.sync.EngineStep;
import dev.refsync.core.sync.PullStep;
import dev.refsync.core.sync.PushPolicy;
import dev.refsync.core.sync.PushStep;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.stripe.StripeEmulatorFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The daemon's pipeline for one Stripe connection against the emulator: an H2 store, the core pull,
 * engine and push steps, {@link StripeRuntime} wired as the daemon wires it, and the plans of
 * {@code stripe-plans.yaml} (the partner RECURRING_PERCENT plan of examples/worked/plans.yaml and a
 * one-time FLAT plan with a clawback window).
 */
final class StripePipeline implements AutoCloseable {
  static final String CONNECTION = "stripe-main";

  final HikariDataSource dataSource;
  final Store store;
  final StripeRuntime runtime;
  final PullStep pull;
  final EngineStep engine;
  final PushStep push;

  StripePipeline(StripeEmulatorFixture f) {
    this(f, f.clock);
  }

  StripePipeline(StripeEmulatorFixture f, Clock clock) {
    dataSource =
        DataSources.create(
            new StoreConfig("jdbc:h2:mem:stripe-" + UUID.randomUUID(), "sa", Secret.of(""), 2));
    Migrations.migrate(dataSource);
    store = new Store(dataSource, clock);
    runtime =
        StripeRuntime.create(
            CONNECTION,
            f.config(),
            DefaultMappings.load(SystemName.STRIPE),
            clock,
            StripeEmulatorFixture.calls());
    pull = new PullStep(store, 20);
    engine =
        new EngineStep(
            store,
            new RefsyncEngine(
                PlansLoader.parse("stripe-plans.yaml", resource("/stripe-plans.yaml")),
                DomainNormalizer.withDefaultFreeMailList()),
            List.of(runtime.planner()),
            clock);
    push = new PushStep(store, PushPolicy.defaults(), clock);
  }

  /** One daemon cycle: pull every object type, run the engine, push. */
  void cycle() {
    for (String type : runtime.source().objectTypes()) {
      pull.pull(runtime.source(), type);
    }
    engine.run();
    push.push(runtime.pusher());
  }

  /** The ledger as stored, by entry id. */
  List<CommissionEntry> ledger() {
    return store.inTransaction(
        tx ->
            tx.ledger().entries().stream()
                .sorted(Comparator.comparing(CommissionEntry::id))
                .toList());
  }

  /**
   * Entry id → amount: what a replay or a re-run must leave unchanged (statuses move with time).
   */
  Map<String, BigDecimal> ledgerAmounts() {
    Map<String, BigDecimal> out = new TreeMap<>();
    ledger().forEach(e -> out.put(e.id(), e.amount()));
    return out;
  }

  List<OutboxRow> outbox() {
    return store.inTransaction(tx -> tx.outbox().all());
  }

  private static String resource(String name) {
    try (InputStream in = StripePipeline.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    runtime.close();
    dataSource.close();
  }
}
