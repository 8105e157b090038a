package dev.refsync.core.store;

/**
 * The store could not be read or written. The surrounding transaction was rolled back, so nothing
 * of the failed unit of work is visible; retry the pull or engine run once the database is back.
 */
public final class StoreAccessException extends RuntimeException {
  public StoreAccessException(String message, Throwable cause) {
    super(message, cause);
  }
}
