package dev.refsync.core.store;

/** An outbox row id that does not exist was marked; it must come from a claimed batch. */
public final class UnknownOutboxRowException extends IllegalArgumentException {
  public UnknownOutboxRowException(long id) {
    super("No outbox row has id " + id + "; mark only ids returned by claimBatch");
  }
}
