package dev.refsync.deploy.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.refsync.deploy.config.RepositoryRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * systemd's own checks of the unit, where {@code systemd-analyze} is installed (skipped elsewhere):
 * {@code verify} (syntax, known settings, an executable ExecStart) and the offline {@code security}
 * exposure score.
 */
class SystemdAnalyzeTest {
  private static final Path ANALYZE = Path.of("/usr/bin/systemd-analyze");

  @TempDir Path dir;

  @BeforeAll
  static void requireSystemd() {
    assumeTrue(Files.isExecutable(ANALYZE), "systemd-analyze is not installed");
  }

  @Test
  void verifyAcceptsTheUnit() throws Exception {
    Result verify = analyze("verify", "--man=no", unitWithThisJava().toString());
    assertThat(verify.exitCode()).as(verify.output()).isZero();
    assertThat(verify.output()).isBlank();
  }

  @Test
  void exposureScoreIsLow() throws Exception {
    Result security = analyze("security", "--offline=true", unitWithThisJava().toString());
    Matcher score =
        Pattern.compile("Overall exposure level for refsync.service: (\\d+\\.\\d)")
            .matcher(security.output());
    assertThat(score.find()).as(security.output()).isTrue();
    // systemd rates below 4.0 as "OK"; a regression in the hardening block raises the score.
    assertThat(Double.parseDouble(score.group(1))).isLessThan(4.0);
  }

  /**
   * The unit with {@code /usr/bin/java} replaced by the java running this test, because verify
   * checks that ExecStart is executable and a JDK is not always installed there.
   */
  private Path unitWithThisJava() throws IOException {
    String java = ProcessHandle.current().info().command().orElse("/usr/bin/java");
    Path source = RepositoryRoot.find().resolve("deploy/systemd/refsync.service");
    Path copy = dir.resolve("refsync.service");
    Files.writeString(
        copy,
        Files.readString(source).replace("ExecStart=/usr/bin/java ", "ExecStart=" + java + " "));
    return copy;
  }

  private record Result(int exitCode, String output) {}

  private static Result analyze(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(ANALYZE.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }
}
