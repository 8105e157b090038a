package dev.refsync.sandbox.core;

/** Answers one routed request. */
@FunctionalInterface
public interface Handler {
  EmulatorResponse handle(EmulatorRequest request);
}
