package dev.refsync.core.store;

/**
 * A stored JSON column no longer reads back as its record type, e.g. after a manual edit of the
 * database. The message names the row; restore it from a backup or delete the snapshot so the next
 * pull re-reads it from the source.
 */
public final class CorruptStoreDataException extends RuntimeException {
  public CorruptStoreDataException(String where, Throwable cause) {
    super("Stored JSON of " + where + " cannot be read: " + cause.getMessage(), cause);
  }
}
