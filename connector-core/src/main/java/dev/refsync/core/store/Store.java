package dev.refsync.core.store;

import dev.refsync.core.engine.EngineResult;
import dev.refsync.core.model.CommissionEntry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relational state store of DESIGN 9. Each unit of work runs in one JDBC transaction: a pull
 * commits its snapshots with its advanced cursor, an engine run commits its attributions, ledger
 * entries and outbox rows together, so a crash at any instant leaves either all or none of it.
 */
public final class Store {
  private static final Logger log = LoggerFactory.getLogger(Store.class);

  private final DataSource dataSource;
  private final Clock clock;
  private final CanonicalJson json = new CanonicalJson();

  /**
   * @param dataSource a migrated database (see {@link Migrations#migrate})
   * @param clock the source of every timestamp the store writes
   */
  public Store(DataSource dataSource, Clock clock) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Runs {@code work} in one transaction: commits when it returns, rolls back and rethrows when it
   * throws.
   *
   * @throws StoreAccessException when the database cannot be reached, committed or rolled back
   */
  public <T> T inTransaction(TransactionWork<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        T result = work.execute(new StoreTransaction(connection, clock, json));
        connection.commit();
        return result;
      } catch (RuntimeException | Error e) {
        rollback(connection, e);
        throw e;
      } catch (SQLException e) {
        rollback(connection, e);
        throw new StoreAccessException("Could not commit the store transaction", e);
      } finally {
        restoreAutoCommit(connection, autoCommit);
      }
    } catch (SQLException e) {
      throw new StoreAccessException("Could not open a store transaction", e);
    }
  }

  /**
   * Persists one engine run in one transaction: the attributions and rejections replace the stored
   * ones, the recomputed commissions are reconciled with the ledger ({@link LedgerReconciler}) and
   * what is new is appended, and the outbox rows are enqueued.
   *
   * @param seenClock the time the change was seen: withdrawal clawbacks are earned and payable at
   *     its instant (DESIGN 5)
   * @return what was appended to the ledger, and the drifts that were reported (logged at WARN) but
   *     not written
   */
  public Reconciliation persistEngineRun(
      EngineResult result, List<OutboxItem> outbox, Clock seenClock) {
    return persistEngineRun(result, ledger -> outbox, seenClock);
  }

  /**
   * As {@link #persistEngineRun(EngineResult, List, Clock)}, with the outbox rows planned inside
   * the same transaction from the ledger as it stands after the append, so a commission record is
   * enqueued in the very commit that creates its ledger entry.
   *
   * @param outboxOf given every ledger entry with its status at {@code seenClock}'s instant, the
   *     writes to enqueue
   */
  public Reconciliation persistEngineRun(
      EngineResult result,
      Function<List<CommissionEntry>, List<OutboxItem>> outboxOf,
      Clock seenClock) {
    return inTransaction(
        tx -> {
          tx.attributions().replaceAll(result.attributions(), result.rejections());
          Reconciliation reconciliation =
              new LedgerReconciler(seenClock)
                  .reconcile(tx.ledger().entries(), result.commissions());
          List<CommissionEntry> appended = tx.ledger().append(reconciliation.toAppend());
          tx.outbox().enqueueAll(outboxOf.apply(tx.ledger().entriesAsOf(seenClock.instant())));
          reconciliation.drifts().forEach(drift -> log.warn("Ledger drift: {}", drift.message()));
          return new Reconciliation(appended, reconciliation.drifts());
        });
  }

  /**
   * Hands the connection back to the pool as it was lent. A failure here must not hide the
   * transaction's own outcome: the connection is broken and the pool will discard it.
   */
  private static void restoreAutoCommit(Connection connection, boolean autoCommit) {
    try {
      connection.setAutoCommit(autoCommit);
    } catch (SQLException e) {
      log.warn("Could not restore auto-commit on a store connection: {}", e.getMessage());
    }
  }

  private static void rollback(Connection connection, Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
