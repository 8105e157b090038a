package dev.refsync.core.store;

/** A unit of work that runs inside one store transaction. */
@FunctionalInterface
public interface TransactionWork<T> {
  T execute(StoreTransaction tx);
}
