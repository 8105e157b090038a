package dev.refsync.sandbox.salesforce;

import java.util.HashMap;
import java.util.Map;

/**
 * Test knob: writes to chosen records fail with {@code UNABLE_TO_LOCK_ROW}, as when another
 * transaction holds the row (a retryable error, VENDOR-FACTS). A key is a record id or an external
 * id value; each key fails the given number of times, then writes succeed again.
 */
final class RecordLocks {

  private final Map<String, Integer> remaining = new HashMap<>();

  synchronized void lock(String key, int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1, was " + times);
    }
    remaining.merge(key, times, Integer::sum);
  }

  /** True (and one failure consumed) when a write touching any of {@code keys} must fail. */
  synchronized boolean consume(String... keys) {
    for (String key : keys) {
      if (key != null && remaining.containsKey(key)) {
        int left = remaining.get(key) - 1;
        if (left == 0) {
          remaining.remove(key);
        } else {
          remaining.put(key, left);
        }
        return true;
      }
    }
    return false;
  }
}
