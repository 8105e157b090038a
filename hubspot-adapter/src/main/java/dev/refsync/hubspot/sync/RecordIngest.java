package dev.refsync.hubspot.sync;

import dev.refsync.core.port.DeadLetter;
import dev.refsync.core.port.PulledRecord;
import java.util.List;

/**
 * Where records read outside a pull (webhook re-reads) go; shaped like {@code PullStep::ingest},
 * which the daemon passes.
 */
@FunctionalInterface
public interface RecordIngest {
  /**
   * @return how many records were stored
   */
  int ingest(String connection, List<PulledRecord> records, List<DeadLetter> rejected);
}
