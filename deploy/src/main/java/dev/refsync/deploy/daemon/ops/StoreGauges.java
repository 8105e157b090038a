package dev.refsync.deploy.daemon.ops;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.store.Store;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Gauges read from the store: outbox depth, pending dead letters and commission totals by currency
 * and status (issue #7). They are refreshed after each step that changed the store, not on every
 * scrape, so Prometheus never adds load to the database.
 */
public final class StoreGauges {
  private final Store store;
  private final Clock clock;
  private final AtomicLong outboxDepth = new AtomicLong();
  private final AtomicLong deadLetters = new AtomicLong();
  private final MultiGauge totals;
  private volatile Snapshot last = new Snapshot(0, 0, Map.of());

  public StoreGauges(Store store, Clock clock, MeterRegistry registry) {
    this.store = store;
    this.clock = clock;
    Gauge.builder("refsync.outbox.depth", outboxDepth, AtomicLong::get)
        .description("Outbox rows waiting to be pushed")
        .register(registry);
    Gauge.builder("refsync.dead.letters", deadLetters, AtomicLong::get)
        .description("Dead letters not yet retried")
        .register(registry);
    totals =
        MultiGauge.builder("refsync.commission.amount")
            .description("Sum of ledger entries by currency and current status")
            .register(registry);
  }

  /** Re-reads the figures from the store. */
  public synchronized Snapshot refresh() {
    Snapshot snapshot =
        store.inTransaction(
            tx -> {
              Map<String, BigDecimal> byKey = new TreeMap<>();
              for (CommissionEntry entry : tx.ledger().entriesAsOf(clock.instant())) {
                byKey.merge(
                    entry.currency() + "|" + entry.status(), entry.amount(), BigDecimal::add);
              }
              return new Snapshot(tx.outbox().depth(), tx.deadLetters().pending().size(), byKey);
            });
    outboxDepth.set(snapshot.outboxDepth());
    deadLetters.set(snapshot.deadLetters());
    List<MultiGauge.Row<?>> rows = new ArrayList<>();
    snapshot
        .totals()
        .forEach(
            (key, amount) -> {
              String[] parts = key.split("\\|");
              rows.add(
                  MultiGauge.Row.of(
                      Tags.of("currency", parts[0], "status", parts[1]), amount.doubleValue()));
            });
    totals.register(rows, true);
    last = snapshot;
    return snapshot;
  }

  /** The figures of the last refresh. */
  public Snapshot last() {
    return last;
  }

  /** Store figures at one instant; totals keyed {@code CURRENCY|STATUS}. */
  public record Snapshot(long outboxDepth, long deadLetters, Map<String, BigDecimal> totals) {}
}
