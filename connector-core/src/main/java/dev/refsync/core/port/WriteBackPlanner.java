package dev.refsync.core.port;

import dev.refsync.core.store.OutboxItem;
import java.util.List;

/**
 * Turns an engine run into one connection's CRM writes (DESIGN 8), through that connection's
 * mapping file. It is called on every run with the whole state, not a diff: the outbox keeps one
 * row per target and ignores a payload it already delivered, so only real changes are pushed.
 */
public interface WriteBackPlanner {
  /** The connection whose rows it plans; every item it returns names it. */
  String connection();

  /** Every write this connection should hold now, one item per target record. */
  List<OutboxItem> plan(WriteBackInput input);
}
