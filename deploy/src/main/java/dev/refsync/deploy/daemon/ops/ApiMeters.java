package dev.refsync.deploy.daemon.ops;

import dev.refsync.deploy.daemon.ApiCounters;
import dev.refsync.deploy.daemon.ConnectionRuntime;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;

/**
 * Publishes each connection's vendor API counters (issue #7: API requests and rate-limit waits):
 * {@code refsync.api.requests{connection,operation}} and, where the adapter limits itself, {@code
 * refsync.api.rate.limit.waits{connection}}. Operations appear as the adapters use them, so the
 * meters are registered again after every step; registering an existing meter is a lookup.
 */
public final class ApiMeters {
  private final MeterRegistry registry;
  private final List<ConnectionRuntime> connections;

  public ApiMeters(MeterRegistry registry, List<ConnectionRuntime> connections) {
    this.registry = registry;
    this.connections = List.copyOf(connections);
  }

  /** Registers the meters of every operation seen so far. */
  public void refresh() {
    for (ConnectionRuntime connection : connections) {
      ApiCounters now = connection.counters().get();
      for (String operation : now.requestsByOperation().keySet()) {
        FunctionCounter.builder(
                "refsync.api.requests",
                connection,
                c -> c.counters().get().requestsByOperation().getOrDefault(operation, 0L))
            .description("Vendor API requests sent, every attempt, by connection and operation")
            .tag("connection", connection.name())
            .tag("operation", operation)
            .register(registry);
      }
      if (now.rateLimitWaits() >= 0) {
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
