package dev.refsync.core.port;

import dev.refsync.core.store.Cursor;
import java.util.List;

/**
 * One page of a pull. The records, the rejects and the cursor commit in one transaction (DESIGN 9):
 * if the process dies before the commit, the page is read again; after it, never.
 *
 * @param records the records read, in cursor order
 * @param rejected records that could not be mapped, with the reason (never dropped)
 * @param next the cursor after the last record of this page; null leaves the stored cursor as it is
 * @param more true when the source has more right now: the caller asks again at once
 */
public record PullBatch(
    List<PulledRecord> records, List<DeadLetter> rejected, Cursor next, boolean more) {
  public PullBatch {
    records = List.copyOf(records);
    rejected = List.copyOf(rejected);
  }

  /** Nothing changed since the cursor. */
  public static PullBatch empty() {
    return new PullBatch(List.of(), List.of(), null, false);
  }
}
