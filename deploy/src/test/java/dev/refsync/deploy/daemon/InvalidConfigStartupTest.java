package dev.refsync.deploy.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.refsync.core.config.ConfigProblem;
import dev.refsync.core.config.InvalidConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An invalid refsync.yaml stops start-up with every problem listed, before the store is opened:
 * nothing is created or changed in it.
 */
class InvalidConfigStartupTest {
  @TempDir Path dir;

  @Test
  void everyProblemIsReportedAtOnceAndTheStoreIsNeverOpened() throws Exception {
    Path config =
        DaemonFiles.config(
            dir,
            """
              push:
                max-attempts: lots
              schedule:
                pull: "every five minutes"
            """);
    Files.writeString(
        config,
        Files.readString(config)
            .replace("private-app-token: pat-na1-test-token-123456", "burst-limit: 0")
            .replace("plans: plans.yaml", "plans: missing-plans.yaml"));

    Throwable failure =
        catchThrowable(
            () ->
                RefsyncDaemon.start(
                    config,
                    Map.of("server.port", "0", "management.server.port", "0"),
                    new FakeConnections()));

    InvalidConfigException invalid = findInvalid(failure);
    assertThat(invalid.problems())
        .extracting(ConfigProblem::key)
        .contains(
            "refsync.push.max-attempts",
            "refsync.schedule.pull",
            "refsync.plans",
            "refsync.connections.crm.private-app-token");
    assertThat(invalid.problems()).allSatisfy(p -> assertThat(p.hint()).isNotBlank());
    assertThat(dir.resolve("store")).doesNotExist();
  }

  @Test
  void aSecretIsNeverQuotedInAProblem() {
    Path config = DaemonFiles.config(dir, "");
    Throwable failure =
        catchThrowable(
            () ->
                RefsyncDaemon.start(
                    config,
                    Map.of(
                        "server.port", "0",
                        "management.server.port", "0",
                        "refsync.store.password", "s3cret-store-password",
                        "refsync.store.max-pool-size", "zero"),
                    new FakeConnections()));

    InvalidConfigException invalid = findInvalid(failure);
    assertThat(invalid.problems())
        .extracting(ConfigProblem::key)
        .contains("refsync.store.max-pool-size");
    assertThat(invalid.getMessage()).doesNotContain("s3cret-store-password");
    assertThat(invalid.problems().toString()).doesNotContain("s3cret-store-password");
  }

  private static InvalidConfigException findInvalid(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof InvalidConfigException invalid) {
        return invalid;
      }
    }
    throw new AssertionError("start-up did not fail on the configuration", failure);
  }
}
