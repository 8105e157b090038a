package dev.refsync.hubspot.client;

import java.util.List;

/**
 * A batch answer: HTTP 200/201 has no errors, HTTP 207 carries per-input {@code errors} next to the
 * inputs that succeeded. Callers must handle both lists (DESIGN 9: never drop a record).
 */
public record BatchResult<T>(List<T> results, List<BatchError> errors) {
  public BatchResult {
    results = List.copyOf(results);
    errors = List.copyOf(errors);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }
}
