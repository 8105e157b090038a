package dev.refsync.deploy.daemon.ops;

import dev.refsync.core.error.RateLimitedException;
import dev.refsync.core.sync.EngineRunReport;
import dev.refsync.core.sync.PipelineListener;
import dev.refsync.core.sync.PullReport;
import dev.refsync.core.sync.PushReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns what the pipeline reports into Micrometer meters and into the last outcome of every step,
 * which the health indicators read (issue #7). Never throws: it runs on the routes' threads.
 */
public final class PipelineObserver implements PipelineListener {
  private final MeterRegistry registry;
  private final Clock clock;
  private final Map<String, StepOutcome> outcomes = new ConcurrentHashMap<>();
  private final Runnable afterChange;

  /**
   * @param afterChange refreshes the store gauges after a step changed the store
   */
  public PipelineObserver(MeterRegistry registry, Clock clock, Runnable afterChange) {
    this.registry = registry;
    this.clock = clock;
    this.afterChange = afterChange;
  }

  /** The last outcome of a step ({@code pull:hubspot-main}, {@code engine}, ...). */
  public Optional<StepOutcome> outcome(String step, String connection) {
    return Optional.ofNullable(outcomes.get(key(step, connection)));
  }

  /** Every step's last outcome. */
  public Map<String, StepOutcome> outcomes() {
    return Map.copyOf(outcomes);
  }

  @Override
  public void pulled(PullReport report) {
    Counter.builder("refsync.records.pulled")
        .description("Records read from a source and committed, by connection and object")
        .tag("connection", report.connection())
        .tag("object", report.objectType())
        .register(registry)
        .increment(report.records());
    Counter.builder("refsync.records.dead.lettered")
        .description("Records that could not be mapped or pushed, kept as dead letters")
        .tag("connection", report.connection())
        .tag("step", "pull")
        .register(registry)
        .increment(report.rejected());
    succeeded("pull", report.connection());
  }

  @Override
  public void evaluated(EngineRunReport report) {
    Counter.builder("refsync.ledger.appended")
        .description("Commission ledger entries appended")
        .register(registry)
        .increment(report.appended());
    succeeded("engine", null);
  }

  @Override
  public void pushed(PushReport report) {
    Counter.builder("refsync.records.pushed")
        .description("Outbox rows the vendor accepted, by connection")
        .tag("connection", report.connection())
        .register(registry)
        .increment(report.pushed());
    Counter.builder("refsync.records.dead.lettered")
        .description("Records that could not be mapped or pushed, kept as dead letters")
        .tag("connection", report.connection())
        .tag("step", "push")
        .register(registry)
        .increment(report.deadLettered());
    succeeded("push", report.connection());
  }

  @Override
  public void failed(String step, String connection, RuntimeException failure) {
    Counter.builder("refsync.step.failures")
        .description("Failed pipeline steps; rate-limited ones are tagged so")
        .tag("step", step)
        .tag("connection", connection == null ? "" : connection)
        .tag("rate_limited", Boolean.toString(failure instanceof RateLimitedException))
        .register(registry)
        .increment();
    outcomes.put(
        key(step, connection),
        new StepOutcome(
            false,
            clock.instant(),
            failure.getClass().getSimpleName() + ": " + failure.getMessage()));
    afterChange.run();
  }

  @Override
  public void skipped(String step, String connection) {
    Counter.builder("refsync.step.skipped")
        .description("Steps skipped because another replica held the leader lock")
        .tag("step", step)
        .tag("connection", connection == null ? "" : connection)
        .register(registry)
        .increment();
  }

  private void succeeded(String step, String connection) {
    outcomes.put(key(step, connection), new StepOutcome(true, clock.instant(), null));
    afterChange.run();
  }

  private static String key(String step, String connection) {
    return connection == null ? step : step + ":" + connection;
  }

  /** How a step last ended. */
  public record StepOutcome(boolean ok, Instant at, String error) {}
}
