package dev.refsync.core.sync;

import dev.refsync.core.port.DeadLetter;
import dev.refsync.core.port.PullBatch;
import dev.refsync.core.port.PulledRecord;
import dev.refsync.core.port.SourceConnector;
import dev.refsync.core.store.Cursor;
import dev.refsync.core.store.SnapshotStore;
import dev.refsync.core.store.Store;
import dev.refsync.core.store.StoreTransaction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pull step of DESIGN 2: reads one object type of one connection page by page and commits each
 * page's snapshots, rejects and advanced cursor in one transaction (DESIGN 9). A crash between two
 * pages loses nothing: the next pull resumes from the last committed cursor.
 */
public final class PullStep {
  private static final Logger log = LoggerFactory.getLogger(PullStep.class);

  private final Store store;
  private final int maxPages;

  /**
   * @param maxPages how many pages one call reads at most before it returns, so one busy object
   *     type cannot hold the route (and the shutdown) for long; the rest follows on the next call
   */
  public PullStep(Store store, int maxPages) {
    this.store = Objects.requireNonNull(store, "store");
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be at least 1, was " + maxPages);
    }
    this.maxPages = maxPages;
  }

  /** Pulls one object type from its committed cursor until the source has no more (or maxPages). */
  public PullReport pull(SourceConnector source, String objectType) {
    String connection = source.connection();
    int pages = 0;
    int records = 0;
    int stale = 0;
    int rejected = 0;
    boolean more = true;
    while (more && pages < maxPages) {
      Optional<Cursor> cursor = store.inTransaction(tx -> tx.cursors().get(connection, objectType));
      PullBatch batch = source.pull(objectType, cursor);
      int applied = store.inTransaction(tx -> commit(tx, connection, objectType, batch));
      pages++;
      records += applied;
      stale += batch.records().size() - applied;
      rejected += batch.rejected().size();
      more = batch.more();
      if (more && batch.next() == null) {
        throw new IllegalStateException(
            connection + " " + objectType + " reported more records but no cursor to resume from");
      }
    }
    PullReport report = new PullReport(connection, objectType, pages, records, stale, rejected);
    if (records > 0 || rejected > 0) {
      log.info(
          "Pulled {} {}: {} records in {} pages, {} stale, {} dead-lettered",
          connection,
          objectType,
          records,
          pages,
          stale,
          rejected);
    }
    return report;
  }

  /**
   * Stores records that arrived outside a pull (a webhook delivery) without moving any cursor: the
   * next pull reads them again, harmlessly. Older versions than the stored ones are ignored, so
   * duplicated and out-of-order deliveries change nothing.
   *
   * @return how many records were written
   */
  public int ingest(String connection, List<PulledRecord> records, List<DeadLetter> rejected) {
    PullBatch batch = new PullBatch(records, rejected, null, false);
    return store.inTransaction(tx -> commit(tx, connection, null, batch));
  }

  /**
   * One page in one transaction: snapshots, dead letters and, for a pull, the advanced cursor.
   *
   * @param objectType the cursor to advance; null for records that arrived outside a pull
   */
  private static int commit(
      StoreTransaction tx, String connection, String objectType, PullBatch batch) {
    SnapshotStore snapshots = tx.snapshots();
    int applied = 0;
    for (PulledRecord record : batch.records()) {
      if (record.deleted()) {
        if (snapshots.delete(
            connection, record.objectType(), record.externalId(), record.modifiedAt())) {
          applied++;
        }
      } else if (snapshots.replace(
          connection,
          record.objectType(),
          record.externalId(),
          record.canonical(),
          record.modifiedAt())) {
        applied++;
      }
    }
    batch.rejected().forEach(tx.deadLetters()::add);
    if (objectType != null && batch.next() != null) {
      tx.cursors().advance(connection, objectType, batch.next());
    }
    if (objectType != null && !batch.more()) {
      tx.cursors().markCaughtUp(connection, objectType);
    }
    return applied;
  }
}
