package dev.refsync.sandbox.core;

/**
 * One endpoint.
 *
 * @param name stable endpoint name used in {@link RequestCounter} and {@link FaultInjector}
 *     targeting, e.g. {@code "objects.search"}
 */
public record Route(String method, PathPattern pattern, String name, Handler handler) {}
