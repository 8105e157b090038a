package dev.refsync.core.store;

import java.time.Instant;

/**
 * A stored outbox row.
 *
 * @param id the row id
 * @param item the write to make
 * @param payloadVersion incremented each time the payload is replaced; ties a push to the payload
 *     it sent
 * @param createdAt when the target was first enqueued; claims go oldest first
 * @param attempts failed push attempts so far
 * @param nextAttemptAt the row is not claimed before this
 * @param status where it stands
 * @param lastError the vendor's error of the last failed attempt; null if none
 */
public record OutboxRow(
    long id,
    OutboxItem item,
    int payloadVersion,
    Instant createdAt,
    int attempts,
    Instant nextAttemptAt,
    OutboxStatus status,
    String lastError) {}
