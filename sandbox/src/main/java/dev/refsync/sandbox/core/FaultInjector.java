package dev.refsync.sandbox.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Knobs that make the next requests fail. Each knob applies to the next {@code n} matching
 * requests, either on any endpoint or on one named endpoint (the {@link Route#name()}); rules are
 * consumed in the order they were added. Thread-safe.
 */
public final class FaultInjector {

  private record Rule(Fault fault, String endpoint, int[] remaining) {
    boolean matches(String name) {
      return endpoint == null || endpoint.equals(name);
    }
  }

  private final List<Rule> rules = new ArrayList<>();
  private final Map<String, Duration> endpointLatency = new ConcurrentHashMap<>();
  private volatile Duration latency = Duration.ZERO;

  /** The next {@code n} requests on any endpoint are answered with {@code status}. */
  public FaultInjector failNext(int n, int status) {
    return add(new Fault.ServerError(status), null, n);
  }

  /** The next {@code n} requests on {@code endpoint} are answered with {@code status}. */
  public FaultInjector failNext(int n, int status, String endpoint) {
    return add(new Fault.ServerError(status), requireName(endpoint), n);
  }

  /** The next {@code n} requests get their connection closed without a response. */
  public FaultInjector resetNext(int n) {
    return add(new Fault.ConnectionReset(), null, n);
  }

  public FaultInjector resetNext(int n, String endpoint) {
    return add(new Fault.ConnectionReset(), requireName(endpoint), n);
  }

  /** The next {@code n} requests are processed but receive a truncated JSON body. */
  public FaultInjector malformNext(int n) {
    return add(new Fault.MalformedBody(), null, n);
  }

  public FaultInjector malformNext(int n, String endpoint) {
    return add(new Fault.MalformedBody(), requireName(endpoint), n);
  }

  /**
   * Delay added before every request is handled. Meant for demos (watching backoff happen); tests
   * keep it at zero because tests never wait on wall-clock time.
   */
  public FaultInjector latency(Duration perRequest) {
    this.latency = requireNonNegative(perRequest);
    return this;
  }

  public FaultInjector latency(Duration perRequest, String endpoint) {
    endpointLatency.put(requireName(endpoint), requireNonNegative(perRequest));
    return this;
  }

  /** Removes every pending fault and latency. */
  public synchronized void clear() {
    rules.clear();
    endpointLatency.clear();
    latency = Duration.ZERO;
  }

  /** Pending fault count (requests still to be affected), for assertions and the README demo. */
  public synchronized int pending() {
    return rules.stream().mapToInt(r -> r.remaining()[0]).sum();
  }

  synchronized Optional<Fault> next(String endpoint) {
    Iterator<Rule> it = rules.iterator();
    while (it.hasNext()) {
      Rule rule = it.next();
      if (rule.matches(endpoint)) {
        if (--rule.remaining()[0] == 0) {
          it.remove();
        }
        return Optional.of(rule.fault());
      }
    }
    return Optional.empty();
  }

  Duration latencyFor(String endpoint) {
    return endpointLatency.getOrDefault(endpoint, latency);
  }

  private synchronized FaultInjector add(Fault fault, String endpoint, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("fault count must be at least 1, was " + n);
    }
    rules.add(new Rule(fault, endpoint, new int[] {n}));
    return this;
  }

  private static String requireName(String endpoint) {
    if (endpoint == null || endpoint.isBlank()) {
      throw new IllegalArgumentException("endpoint name must not be blank");
    }
    return endpoint;
  }

  private static Duration requireNonNegative(Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative, was " + d);
    }
    return d;
  }
}
