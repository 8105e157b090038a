package dev.refsync.core.store;

/** Where an outbox row stands. */
public enum OutboxStatus {
  /** Waiting to be pushed, or retried after a failure once {@code nextAttemptAt} is reached. */
  PENDING,
  /** The vendor accepted it. */
  DONE,
  /** Given up on; a {@code dead_letter} row holds the vendor's error. */
  DEAD
}
