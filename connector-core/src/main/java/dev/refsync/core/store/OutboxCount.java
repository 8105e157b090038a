package dev.refsync.core.store;

import java.time.Instant;

/**
 * How many outbox rows one (connection, target type) has in one status.
 *
 * @param connection the connection that pushes them
 * @param targetType the vendor object written
 * @param status where the rows stand
 * @param rows how many rows
 * @param oldestCreatedAt the earliest {@code created_at} among them: when the oldest of these
 *     targets was first enqueued
 */
public record OutboxCount(
    String connection,
    String targetType,
    OutboxStatus status,
    long rows,
    Instant oldestCreatedAt) {}
