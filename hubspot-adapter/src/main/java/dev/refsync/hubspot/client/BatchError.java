package dev.refsync.hubspot.client;

import java.util.List;
import java.util.Map;

/**
 * A per-input failure inside a batch answer (HTTP 207): {@code context} names the inputs, e.g.
 * {@code ids} or {@code fromObjectId}.
 */
public record BatchError(
    String status, String category, String message, Map<String, List<String>> context) {
  /** The input ids this error is about, from {@code context.ids} (empty when absent). */
  public List<String> ids() {
    return context.getOrDefault("ids", List.of());
  }
}
