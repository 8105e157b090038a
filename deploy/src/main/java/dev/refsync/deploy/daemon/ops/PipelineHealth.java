package dev.refsync.deploy.daemon.ops;

import dev.refsync.core.store.Store;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Health of the store and of each connection (issue #7): the store must answer; a connection is
 * DOWN when its last pull or push failed (with the error), UNKNOWN before its first run. The outbox
 * depth and dead letters are reported as details, since a backlog is not an outage.
 */
public final class PipelineHealth {
  private PipelineHealth() {}

  /**
   * The store answers, with the outbox depth and pending dead letters. Two counts, never the
   * ledger: readiness probes call this every few seconds.
   */
  public static HealthIndicator store(Store store) {
    return () -> {
      try {
        long[] counts =
            store.inTransaction(
                tx -> new long[] {tx.outbox().depth(), tx.deadLetters().pending().size()});
        return Health.up()
            .withDetail("outboxDepth", counts[0])
            .withDetail("deadLetters", counts[1])
            .build();
      } catch (RuntimeException e) {
        return Health.down().withDetail("error", e.getMessage()).build();
      }
    };
  }

  /** One connection's last pull and push. */
  public static HealthIndicator connection(
      String connection, PipelineObserver observer, List<String> steps) {
    return () -> {
      Map<String, Object> details = new LinkedHashMap<>();
      boolean seen = false;
      boolean down = false;
      for (String step : steps) {
        var outcome = observer.outcome(step, connection);
        if (outcome.isPresent()) {
          seen = true;
          down |= !outcome.get().ok();
          details.put(
              step, outcome.get().ok() ? "ok at " + outcome.get().at() : outcome.get().error());
        }
      }
      Health.Builder builder = !seen ? Health.unknown() : down ? Health.down() : Health.up();
      return builder.withDetails(details).build();
    };
  }
}
