package dev.refsync.core.sync;

import dev.refsync.core.port.ExclusiveRunner;
import dev.refsync.core.port.OutboxPusher;
import dev.refsync.core.port.SourceConnector;
import dev.refsync.core.store.CursorStore;
import dev.refsync.core.store.Store;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bean the Camel routes call (DESIGN 2): one method per step, each run under its leader lock
 * and reported to the listener. It holds no Camel types, so every step is testable without Camel.
 */
public final class Pipeline {
  private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

  private final Map<String, SourceConnector> sources;
  private final Map<String, OutboxPusher> pushers;
  private final PullStep pullStep;
  private final EngineStep engineStep;
  private final PushStep pushStep;
  private final ExclusiveRunner exclusive;
  private final PipelineListener listener;
  private final Store store;

  /**
   * @param store where the pulls record that they caught up; the engine waits for all of them
   */
  public Pipeline(
      Store store,
      List<SourceConnector> sources,
      List<OutboxPusher> pushers,
      PullStep pullStep,
      EngineStep engineStep,
      PushStep pushStep,
      ExclusiveRunner exclusive,
      PipelineListener listener) {
    this.sources = index(sources, SourceConnector::connection);
    this.pushers = index(pushers, OutboxPusher::connection);
    this.pullStep = Objects.requireNonNull(pullStep, "pullStep");
    this.engineStep = Objects.requireNonNull(engineStep, "engineStep");
    this.pushStep = Objects.requireNonNull(pushStep, "pushStep");
    this.exclusive = Objects.requireNonNull(exclusive, "exclusive");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The connections that pull, in configuration order. */
  public List<String> sourceConnections() {
    return List.copyOf(sources.keySet());
  }

  /** The connections that push, in configuration order. */
  public List<String> pushConnections() {
    return List.copyOf(pushers.keySet());
  }

  /**
   * Pulls every object type of one connection, in its order. An object type that fails stops the
   * connection's pull (later types may point at it); what was committed stays.
   */
  public List<PullReport> pull(String connection) {
    SourceConnector source = lookup(sources, connection, "source");
    return guarded(
        "pull",
        connection,
        () -> {
          List<PullReport> reports = new ArrayList<>();
          for (String objectType : source.objectTypes()) {
            PullReport report = pullStep.pull(source, objectType);
            listener.pulled(report);
            reports.add(report);
          }
          return reports;
        },
        List.of());
  }

  /**
   * Evaluates attribution and commissions over the store and enqueues the writes - once every
   * source has read everything it had at least once. Before that the dataset is a part of the truth
   * (a first sync interrupted half-way, one connection read and another not yet), and the ledger is
   * append-only: a commission booked from half the data would have to be clawed back.
   */
  public EngineRunReport evaluate() {
    List<String> waiting = notCaughtUp();
    if (!waiting.isEmpty()) {
      log.info("Engine waits for the first full sync of {}", waiting);
      listener.skipped("engine", null);
      return new EngineRunReport(0, 0, 0, 0);
    }
    return guarded(
        "engine",
        null,
        () -> {
          EngineRunReport report = engineStep.run();
          listener.evaluated(report);
          return report;
        },
        new EngineRunReport(0, 0, 0, 0));
  }

  /** Pushes the connection's due outbox rows. */
  public PushReport push(String connection) {
    OutboxPusher pusher = lookup(pushers, connection, "pusher");
    return guarded(
        "push",
        connection,
        () -> {
          PushReport report = pushStep.push(pusher);
          listener.pushed(report);
          return report;
        },
        new PushReport(connection, 0, 0, 0, 0));
  }

  /** The (connection, object type) pairs that have not read everything once yet. */
  public List<String> notCaughtUp() {
    Set<String> caughtUp = store.inTransaction(tx -> tx.cursors().caughtUp());
    List<String> waiting = new ArrayList<>();
    for (SourceConnector source : sources.values()) {
      for (String objectType : source.objectTypes()) {
        String key = CursorStore.caughtUpKey(source.connection(), objectType);
        if (!caughtUp.contains(key)) {
          waiting.add(key);
        }
      }
    }
    return waiting;
  }

  private <T> T guarded(String step, String connection, Supplier<T> work, T skipped) {
    String key = connection == null ? step : step + ":" + connection;
    Optional<T> result;
    try {
      result = exclusive.tryRun(key, work);
    } catch (RuntimeException e) {
      listener.failed(step, connection, e);
      throw e;
    }
    if (result.isEmpty()) {
      listener.skipped(step, connection);
      return skipped;
    }
    return result.get();
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> name) {
    Map<String, T> byName = new LinkedHashMap<>();
    for (T item : items) {
      if (byName.put(name.apply(item), item) != null) {
        throw new IllegalArgumentException("two connections named " + name.apply(item));
      }
    }
    return byName;
  }

  private static <T> T lookup(Map<String, T> byName, String connection, String what) {
    T found = byName.get(connection);
    if (found == null) {
      throw new IllegalArgumentException(
          "no " + what + " for connection " + connection + "; known: " + byName.keySet());
    }
    return found;
  }
}
