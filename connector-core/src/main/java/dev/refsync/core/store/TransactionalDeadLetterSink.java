package dev.refsync.core.store;

import dev.refsync.core.port.DeadLetter;
import dev.refsync.core.port.DeadLetterSink;
import java.util.Objects;

/**
 * The {@link DeadLetterSink} the routes use: each dead letter is committed on its own, so a record
 * that fails is kept even when the rest of the batch around it is not.
 */
public final class TransactionalDeadLetterSink implements DeadLetterSink {
  private final Store store;

  public TransactionalDeadLetterSink(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public void deadLetter(DeadLetter letter) {
    store.inTransaction(
        tx -> {
          tx.deadLetters().add(letter);
          return null;
        });
  }
}
