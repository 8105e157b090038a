package dev.refsync.core.sync;

import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.engine.EngineResult;
import dev.refsync.core.engine.RefsyncEngine;
import dev.refsync.core.model.AccountLink;
import dev.refsync.core.port.WriteBackInput;
import dev.refsync.core.port.WriteBackPlanner;
import dev.refsync.core.store.OutboxItem;
import dev.refsync.core.store.Reconciliation;
import dev.refsync.core.store.SnapshotLocations;
import dev.refsync.core.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine step of DESIGN 2: evaluates attribution and commissions over every live snapshot and
 * commits the attributions, the new ledger entries and the outbox rows they cause in one
 * transaction (DESIGN 9). It always evaluates the whole state, so running it twice with no new data
 * appends nothing and enqueues nothing new.
 */
public final class EngineStep {
  private static final Logger log = LoggerFactory.getLogger(EngineStep.class);

  private final Store store;
  private final RefsyncEngine engine;
  private final List<WriteBackPlanner> planners;
  private final Clock clock;
  private final AccountLinkResolver links = new AccountLinkResolver();

  public EngineStep(
      Store store, RefsyncEngine engine, List<WriteBackPlanner> planners, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.engine = Objects.requireNonNull(engine, "engine");
    this.planners = List.copyOf(planners);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Evaluates at the clock's instant and commits the outcome. */
  public EngineRunReport run() {
    Instant asOf = clock.instant();
    Loaded loaded =
        store.inTransaction(
            tx ->
                new Loaded(
                    tx.snapshots().loadDataset(),
                    tx.snapshots().accountLinks(),
                    tx.snapshots().locations()));
    AccountLinkResolver.Resolution resolution = links.resolve(loaded.data(), loaded.links());
    EngineResult result = engine.evaluate(resolution.data(), asOf);
    AtomicInteger planned = new AtomicInteger();
    Reconciliation reconciliation =
        store.persistEngineRun(
            result,
            ledger -> {
              List<OutboxItem> items =
                  plan(
                      new WriteBackInput(
                          resolution.data(),
                          result,
                          ledger,
                          resolution.resolved(),
                          loaded.locations(),
                          asOf));
              planned.set(items.size());
              return items;
            },
            Clock.fixed(asOf, ZoneOffset.UTC));
    EngineRunReport report =
        new EngineRunReport(
            result.attributions().size(),
            reconciliation.toAppend().size(),
            planned.get(),
            resolution.unmatched().size());
    if (report.appended() > 0) {
      log.info(
          "Engine run at {}: {} attributions, {} ledger entries appended, {} writes planned",
          asOf,
          report.attributions(),
          report.appended(),
          report.planned());
    }
    return report;
  }

  private List<OutboxItem> plan(WriteBackInput input) {
    List<OutboxItem> items = new ArrayList<>();
    for (WriteBackPlanner planner : planners) {
      for (OutboxItem item : planner.plan(input)) {
        if (!item.connection().equals(planner.connection())) {
          throw new IllegalStateException(
              "the write-back planner of "
                  + planner.connection()
                  + " planned a write for "
                  + item.connection());
        }
        items.add(item);
      }
    }
    return items;
  }

  private record Loaded(
      CanonicalDataset data, List<AccountLink> links, SnapshotLocations locations) {}
}
