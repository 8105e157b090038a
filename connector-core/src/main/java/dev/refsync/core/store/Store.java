package dev.refsync.core.store;

import dev.refsync.core.engine.EngineResult;
import dev.refsync.core.model.CommissionEntry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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

  /** Whether a commit must be followed by a CHECKPOINT to reach the file; known after first use. */
  private volatile Boolean flushAfterCommit;

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
        flushCommitted(connection);
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
   * Makes a commit survive the process being killed. H2 2.x acknowledges a commit before its
   * MVStore writes it to the file (a background writer does, up to a second later; {@code
   * WRITE_DELAY=0} only narrows that window), so a {@code kill -9} right after a pull or a push
   * settled would silently roll the embedded store back past it - what DaemonCrashIT found. {@code
   * CHECKPOINT} writes the committed state to the file before the step goes on (H2 SQL grammar,
   * "CHECKPOINT"); it costs about half a millisecond. PostgreSQL and in-memory H2 need nothing.
   */
  private void flushCommitted(Connection connection) {
    try {
      Boolean flush = flushAfterCommit;
      if (flush == null) {
        String url = connection.getMetaData().getURL();
        flush = url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
        flushAfterCommit = flush;
      }
      if (flush) {
        try (Statement checkpoint = connection.createStatement()) {
          checkpoint.execute("CHECKPOINT");
        }
      }
    } catch (SQLException e) {
      throw new StoreAccessException(
          "The transaction committed but H2 could not write it to its file (CHECKPOINT needs an"
              + " admin user such as sa); a crash now could lose it",
          e);
    }
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
