package dev.refsync.deploy.daemon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar refsync.jar run --config FILE} as a separate OS process, the way systemd or
 * Kubernetes runs it: it can be killed with SIGKILL (no shutdown hook, no finally block runs) or
 * stopped with SIGTERM (graceful shutdown). Its output is appended to one log file across restarts.
 */
final class DaemonProcess {
  private final Process process;
  private final Path log;

  private DaemonProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /**
   * Starts the daemon. The child gets an empty environment (the test JVM's may hold credentials):
   * everything it needs is in the config file.
   */
  static DaemonProcess start(Path jar, Path config, Path log) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " is missing: run the ITs through `./mvnw verify`, which packages it first");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Small heap, serial GC and C1 only: 20+ restarts on two shared cores, each mostly start-up.
    command.add("-Xmx512m");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-jar");
    command.add(jar.toString());
    command.add("run");
    command.add("--config");
    command.add(config.toString());
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    builder.environment().put("TZ", "UTC");
    builder.directory(config.getParent().toFile());
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    try {
      return new DaemonProcess(builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + command, e);
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  /** SIGKILL: the process dies at once, mid-transaction, mid-request. */
  void kill() {
    process.destroyForcibly();
    awaitExit(30);
  }

  /** SIGTERM: Spring's graceful shutdown finishes the step in flight. */
  int stop() {
    process.destroy();
    return awaitExit(120);
  }

  private int awaitExit(int seconds) {
    try {
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            "the daemon (pid " + process.pid() + ") did not exit within " + seconds + " s");
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IllegalStateException("interrupted while waiting for the daemon to exit", e);
    }
  }

  /** The end of the log, for failure messages. */
  String logTail(int lines) {
    try {
      List<String> all = Files.readAllLines(log);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(could not read " + log + ": " + e.getMessage() + ")";
    }
  }
}
