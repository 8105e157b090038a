package dev.refsync.core.sync;

/**
 * What one pull of one (connection, object type) committed.
 *
 * @param connection the connection pulled
 * @param objectType the vendor object pulled
 * @param pages pages read and committed
 * @param records records upserted or flagged deleted
 * @param stale records ignored because a newer version was already stored
 * @param rejected records dead-lettered because they could not be mapped
 */
public record PullReport(
    String connection, String objectType, int pages, int records, int stale, int rejected) {}
