package dev.refsync.core.port;

import dev.refsync.core.store.Cursor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One connection's incremental reader (DESIGN 2 and 9), implemented by each adapter. The pipeline
 * owns the cursor: it passes the committed one in and commits {@link PullBatch#next()} with the
 * page's records, so an adapter keeps no state between calls.
 */
public interface SourceConnector {
  /** The connection's name from {@code refsync.yaml}, e.g. {@code hubspot-main}. */
  String connection();

  /**
   * The vendor objects this connection reads, in the order a cycle pulls them (accounts before the
   * records that point at them).
   */
  List<String> objectTypes();

  /**
   * Reads the next page of one object type after {@code cursor} (inclusive lower bound on time, the
   * id breaking ties).
   *
   * @param cursor the committed cursor; empty on the first pull, which reads from the beginning
   * @throws dev.refsync.core.error.ConnectorApiException when the vendor refuses or fails; nothing
   *     is committed and the same page is asked for again later
   */
  PullBatch pull(String objectType, Optional<Cursor> cursor);

  /**
   * Where a backfill re-reads an object type from: every record modified at or after {@code since}.
   * The default is {@code (since, "")}, which a source reads as "everything at {@code since}, then
   * after it". A source whose cursor cannot name a bare time (an events feed, a periodic scan)
   * answers empty: its cursor is dropped and it reads from its own beginning.
   */
  default Optional<Cursor> backfillCursor(String objectType, Instant since) {
    return Optional.of(new Cursor(since, ""));
  }
}
