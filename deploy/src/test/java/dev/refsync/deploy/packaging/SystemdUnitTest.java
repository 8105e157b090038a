package dev.refsync.deploy.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.deploy.config.RepositoryRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code deploy/systemd/refsync.service} has what running Refsync safely under systemd needs. */
class SystemdUnitTest {
  private static final String SERVICE = "Service";
  private static Path dir;
  private static SystemdUnit unit;

  @BeforeAll
  static void parse() throws IOException {
    dir = RepositoryRoot.find().resolve("deploy/systemd");
    unit = SystemdUnit.parse(dir.resolve("refsync.service"));
  }

  @Test
  void runsTheJarAsADedicatedUserWithItsEnvironmentFile() {
    assertThat(unit.sections()).containsKeys("Unit", SERVICE, "Install");
    assertThat(unit.get(SERVICE, "Type")).isEqualTo("simple");
    assertThat(unit.get(SERVICE, "User")).isEqualTo("refsync");
    assertThat(unit.get(SERVICE, "EnvironmentFile")).isEqualTo("/etc/refsync/refsync.env");
    assertThat(unit.get(SERVICE, "ExecStart"))
        .isEqualTo(
            "/usr/bin/java $JAVA_OPTS -jar /opt/refsync/refsync.jar run --config"
                + " /etc/refsync/refsync.yaml");
    assertThat(unit.get(SERVICE, "WorkingDirectory")).isEqualTo("/var/lib/refsync");
    assertThat(unit.get("Install", "WantedBy")).isEqualTo("multi-user.target");
  }

  @Test
  void restartsOnFailureButNotOnAnInvalidConfiguration() {
    assertThat(unit.get(SERVICE, "Restart")).isEqualTo("on-failure");
    assertThat(unit.get(SERVICE, "RestartPreventExitStatus")).isEqualTo("2");
  }

  @Test
  void givesGracefulShutdownTimeToFinishTheBatchInFlight() {
    assertThat(unit.get(SERVICE, "KillSignal")).isEqualTo("SIGTERM");
    assertThat(systemdSeconds(unit.get(SERVICE, "TimeoutStopSec")))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(60));
    assertThat(unit.get(SERVICE, "SuccessExitStatus")).contains("143");
  }

  @Test
  void isHardened() {
    assertThat(unit.get(SERVICE, "NoNewPrivileges")).isEqualTo("true");
    assertThat(unit.get(SERVICE, "ProtectSystem")).isEqualTo("strict");
    assertThat(unit.get(SERVICE, "ReadWritePaths")).isEqualTo("/var/lib/refsync");
    assertThat(unit.get(SERVICE, "PrivateTmp")).isEqualTo("true");
    assertThat(unit.get(SERVICE, "ProtectHome")).isEqualTo("true");
    assertThat(unit.get(SERVICE, "CapabilityBoundingSet")).isEmpty();
    assertThat(unit.sections().get(SERVICE))
        .as("MemoryDenyWriteExecute breaks the JIT")
        .doesNotContainKey("MemoryDenyWriteExecute");
  }

  @Test
  void theEnvironmentExampleSetsJavaOptsAndHoldsNoCredential() throws IOException {
    List<String> lines =
        Files.readAllLines(dir.resolve("refsync.env.example")).stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .toList();
    assertThat(lines).allSatisfy(l -> assertThat(l).matches("[A-Z][A-Z0-9_]*=.*"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("JAVA_OPTS="));
    assertThat(lines)
        .noneSatisfy(
            l ->
                assertThat(l).containsPattern("(?i)(password|secret|token|_key)=|sk_(live|test)_"));
  }

  /** A systemd time span: bare seconds, or a number with s, min or h. */
  private static Duration systemdSeconds(String span) {
    var m = java.util.regex.Pattern.compile("(\\d+)(s|min|h)?").matcher(span);
    if (!m.matches()) {
      throw new AssertionError("unsupported time span " + span);
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2) == null ? "s" : m.group(2)) {
      case "min" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofSeconds(n);
    };
  }
}
