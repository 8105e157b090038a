package dev.refsync.sandbox.core;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts requests by endpoint name, so tests can assert how many calls an adapter made (e.g. that a
 * batch of 100 cost one request). Every request that reached the server is counted, including
 * rejected ones: the vendor saw them too.
 */
public final class RequestCounter {

  /** Endpoint name used for requests that matched no route. */
  public static final String UNMATCHED = "unmatched";

  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  private final LongAdder total = new LongAdder();

  void record(String endpoint) {
    counts.computeIfAbsent(endpoint, k -> new LongAdder()).increment();
    total.increment();
  }

  /** A sorted snapshot: endpoint name to count. */
  public Map<String, Long> snapshot() {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  public long count(String endpoint) {
    LongAdder a = counts.get(endpoint);
    return a == null ? 0 : a.sum();
  }

  public long total() {
    return total.sum();
  }

  public void reset() {
    counts.clear();
    total.reset();
  }
}
