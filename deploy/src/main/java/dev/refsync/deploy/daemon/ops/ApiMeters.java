package dev.refsync.deploy.daemon.ops;

import dev.refsync.deploy.daemon.ApiCounters;
import dev.refsync.deploy.daemon.ConnectionRuntime;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Publishes each connection's vendor API counters (issue #7: API requests and rate-limit waits):
 * {@code refsync.api.requests{connection,operation}} and, where the adapter limits itself, {@code
 * refsync.api.rate.limit.waits{connection}}. Operations appear as the adapters use them, so the
 * meters are registered again after every step; registering an existing meter is a lookup.
 */
public final class ApiMeters {
  private final MeterRegistry registry;
  private final List<ConnectionRuntime> connections;
  private final Set<String> registered = new HashSet<>();

  public ApiMeters(MeterRegistry registry, List<ConnectionRuntime> connections) {
    this.registry = registry;
    this.connections = List.copyOf(connections);
  }

  /** Registers the meters of the operations first seen since the last call. */
  public synchronized void refresh() {
    for (ConnectionRuntime connection : connections) {
      ApiCounters now = connection.counters().get();
      for (String operation : now.requestsByOperation().keySet()) {
        if (!registered.add(connection.name() + "/" + operation)) {
          continue;
        }
        FunctionCounter.builder(
                "refsync.api.requests",
                connection,
                c -> c.counters().get().requestsByOperation().getOrDefault(operation, 0L))
            .description("Vendor API requests sent, every attempt, by connection and operation")
            .tag("connection", connection.name())
            .tag("operation", operation)
            .register(registry);
      }
      if (now.rateLimitWaits() >= 0 && registered.add(connection.name() + "/rate-limit-waits")) {
        FunctionCounter.builder(
                "refsync.api.rate.limit.waits",
                connection,
                c -> c.counters().get().rateLimitWaits())
            .description("Calls that waited for the client-side rate limiter")
            .tag("connection", connection.name())
            .register(registry);
      }
    }
  }
}
