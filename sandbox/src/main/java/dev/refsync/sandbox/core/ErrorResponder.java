package dev.refsync.sandbox.core;

/** Builds the vendor's own error body for failures the framework produces (404, injected 5xx). */
@FunctionalInterface
public interface ErrorResponder {
  EmulatorResponse error(int status, String message);
}
