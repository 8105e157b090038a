package dev.refsync.core.sync;

/**
 * What one push pass of one connection did.
 *
 * @param connection the connection pushed
 * @param batches vendor calls made
 * @param pushed rows the vendor accepted
 * @param retried rows refused for now, to be tried again
 * @param deadLettered rows given up on, with the vendor's error
 */
public record PushReport(
    String connection, int batches, int pushed, int retried, int deadLettered) {}
