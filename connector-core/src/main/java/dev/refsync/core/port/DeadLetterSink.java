package dev.refsync.core.port;

/** Where records that fail to map or to push go, instead of stopping the sync of the others. */
public interface DeadLetterSink {
  void deadLetter(DeadLetter letter);
}
