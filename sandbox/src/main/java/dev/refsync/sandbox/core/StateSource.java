package dev.refsync.sandbox.core;

import com.fasterxml.jackson.databind.JsonNode;

/** Everything an emulator stores, as JSON, for debugging and golden-state assertions. */
@FunctionalInterface
public interface StateSource {
  JsonNode dumpState();
}
