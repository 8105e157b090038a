package dev.refsync.deploy.cli;

import dev.refsync.core.config.InvalidConfigException;
import dev.refsync.deploy.daemon.AdapterConnections;
import dev.refsync.deploy.daemon.ConnectionRuntime;
import dev.refsync.deploy.daemon.DaemonConfiguration;
import dev.refsync.deploy.daemon.RefsyncDaemon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The daemon's wiring started for one command ({@code provision}, {@code backfill}): the same
 * validated settings, adapters and store, with no schedule and on ephemeral ports, so it can run
 * beside a daemon that serves the real ones.
 */
final class DaemonSession implements AutoCloseable {
  private final ConfigurableApplicationContext context;

  private DaemonSession(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /**
   * @throws CommandFailure with exit code 2 when the file is missing or invalid (Spring Boot's
   *     failure analysis has printed every problem)
   */
  static DaemonSession open(Path config) {
    if (!Files.isRegularFile(config)) {
      throw new CommandFailure(
          2, config + ": no such file. Pass --config FILE or set REFSYNC_CONFIG.");
    }
    try {
      return new DaemonSession(
          RefsyncDaemon.start(
              config,
              Map.of(
                  "server.port",
                  "0",
                  "management.server.port",
                  "0",
                  DaemonConfiguration.SCHEDULE_PROPERTY,
                  "false",
                  "logging.level.root",
                  "WARN"),
              new AdapterConnections()));
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof InvalidConfigException) {
          throw new CommandFailure(2, "Invalid configuration; see the problems listed above.");
        }
      }
      throw e;
    }
  }

  @SuppressWarnings("unchecked")
  List<ConnectionRuntime> connections() {
    return (List<ConnectionRuntime>) context.getBean("refsyncConnections");
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }

  /** A command that cannot go on, with its exit code and message for stderr. */
  static final class CommandFailure extends RuntimeException {
    private final int exitCode;

    CommandFailure(int exitCode, String message) {
      super(message);
      this.exitCode = exitCode;
    }

    int exitCode() {
      return exitCode;
    }
  }
}
