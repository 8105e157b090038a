package dev.refsync.deploy.cli;

import dev.refsync.core.config.InvalidConfigException;
import dev.refsync.deploy.daemon.AdapterConnections;
import dev.refsync.deploy.daemon.RefsyncDaemon;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code refsync run}: the scheduled sync daemon. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the sync daemon: pulls on schedule, evaluates attribution and commissions, pushes the"
          + " results, receives webhooks.",
      "Invalid configuration stops start-up with every problem listed and exit code 2."
    })
final class RunCommand implements Callable<Integer> {
  @Mixin ConfigOption configOption;

  @Override
  public Integer call() throws InterruptedException {
    if (!Files.isRegularFile(configOption.file)) {
      System.err.println(
          configOption.file
              + ": no such file. Pass --config FILE or set REFSYNC_CONFIG; deploy/examples has"
              + " annotated examples.");
      return 2;
    }
    ConfigurableApplicationContext context;
    try {
      context = RefsyncDaemon.start(configOption.file, Map.of(), new AdapterConnections());
    } catch (RuntimeException e) {
      if (ConfigErrors.find(e) != null) {
        // Spring Boot's failure analyzer has printed every problem; the exit code says why.
        return 2;
      }
      throw e;
    }
    CountDownLatch closed = new CountDownLatch(1);
    context.addApplicationListener(
        event -> {
          if (event instanceof ContextClosedEvent) {
            closed.countDown();
          }
        });
    closed.await();
    return 0;
  }

  /** Finds the configuration failure behind a start-up exception. */
  static final class ConfigErrors {
    private ConfigErrors() {}

    static InvalidConfigException find(Throwable failure) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t instanceof InvalidConfigException invalid) {
          return invalid;
        }
      }
      return null;
    }
  }
}
