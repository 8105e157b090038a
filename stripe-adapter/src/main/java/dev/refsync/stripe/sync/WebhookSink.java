package dev.refsync.stripe.sync;

import dev.refsync.core.port.DeadLetter;
import dev.refsync.core.port.PulledRecord;
import java.util.List;

/**
 * Where verified webhook deliveries go: the daemon passes {@code PullStep::ingest}, which stores
 * the records without moving any cursor and ignores versions older than the stored ones.
 */
@FunctionalInterface
public interface WebhookSink {
  void accept(String connection, List<PulledRecord> records, List<DeadLetter> rejected);
}
