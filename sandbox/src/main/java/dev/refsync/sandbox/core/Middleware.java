package dev.refsync.sandbox.core;

/**
 * Vendor behaviour wrapped around every routed request (authentication, rate limits, limit
 * headers). Call {@code next} to let the request through, or answer without calling it.
 */
@FunctionalInterface
public interface Middleware {
  EmulatorResponse handle(EmulatorRequest request, Handler next);
}
