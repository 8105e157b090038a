package dev.refsync.core.store;

import java.sql.Connection;
import java.time.Clock;

/**
 * The repositories of one open transaction. Everything done through one instance commits or rolls
 * back together; do not keep it after {@link Store#inTransaction} returns.
 */
public final class StoreTransaction {
  private final SnapshotStore snapshots;
  private final CursorStore cursors;
  private final AttributionStore attributions;
  private final LedgerStore ledger;
  private final DeadLetterStore deadLetters;
  private final OutboxStore outbox;

  StoreTransaction(Connection connection, Clock clock, CanonicalJson json) {
    this.snapshots = new SnapshotStore(connection, clock, json);
    this.cursors = new CursorStore(connection, clock);
    this.attributions = new AttributionStore(connection, clock, json);
    this.ledger = new LedgerStore(connection, clock);
    this.deadLetters = new DeadLetterStore(connection);
    this.outbox = new OutboxStore(connection, clock, deadLetters);
  }

  public SnapshotStore snapshots() {
    return snapshots;
  }

  public CursorStore cursors() {
    return cursors;
  }

  public AttributionStore attributions() {
    return attributions;
  }

  public LedgerStore ledger() {
    return ledger;
  }

  public OutboxStore outbox() {
    return outbox;
  }

  public DeadLetterStore deadLetters() {
    return deadLetters;
  }
}
