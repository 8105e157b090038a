package dev.refsync.deploy.daemon;

import dev.refsync.core.port.DeadLetter;
import dev.refsync.core.port.PulledRecord;
import java.util.List;

/**
 * Where webhook-delivered records go: the same snapshots a pull writes ({@link
 * dev.refsync.core.sync.PullStep#ingest}), so a webhook and the polling that reconciles it meet in
 * one place and neither can undo the other.
 */
@FunctionalInterface
public interface Ingest {
  int accept(String connection, List<PulledRecord> records, List<DeadLetter> rejected);
}
