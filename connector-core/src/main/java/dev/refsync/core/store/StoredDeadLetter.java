package dev.refsync.core.store;

import dev.refsync.core.port.DeadLetter;

/**
 * A dead letter as stored.
 *
 * @param id the row id, used to mark it retried
 * @param letter the record and its error
 * @param retried true once someone re-submitted it
 */
public record StoredDeadLetter(long id, DeadLetter letter, boolean retried) {}
