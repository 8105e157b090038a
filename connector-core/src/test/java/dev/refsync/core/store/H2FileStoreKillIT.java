package dev.refsync.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.refsync.core.config.Secret;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit {@link Store#inTransaction} returned from is in the H2 file even if the process is
 * killed (SIGKILL) the instant after. Without the CHECKPOINT after commit, H2 2.x lost such commits
 * in about half of these kills (its MVStore writes the file in the background).
 */
class H2FileStoreKillIT {
  private static final int KILLS = 8;

  @Test
  void aReturnedCommitSurvivesAnImmediateKill(@TempDir Path dir) throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("refsync") + ";AUTO_SERVER=FALSE";
    for (int second = 1; second <= KILLS; second++) {
      Process child =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  CommitThenHang.class.getName(),
                  url,
                  Long.toString(second))
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        // The child's log lines come first (no logback configuration on its classpath).
        String line = out.readLine();
        while (line != null && !line.startsWith("committed ")) {
          line = out.readLine();
        }
        assertThat(line).isEqualTo("committed " + second);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child exited").isTrue();
      }
      try (HikariDataSource reopened =
          DataSources.create(new StoreConfig(url, "sa", Secret.of(""), 2))) {
        Cursor stored =
            new Store(reopened, Clock.systemUTC())
                .inTransaction(tx -> tx.cursors().get("crm", "Deal").orElseThrow());
        assertThat(stored.time())
            .as("cursor after kill %d", second)
            .isEqualTo(Instant.ofEpochSecond(second));
      }
    }
  }
}
