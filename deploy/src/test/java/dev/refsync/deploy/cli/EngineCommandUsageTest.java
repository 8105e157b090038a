package dev.refsync.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors of {@code refsync engine} exit with 2 and say what is wrong. */
class EngineCommandUsageTest {
  @TempDir Path dir;
  private Path events;
  private Path plans;

  @BeforeEach
  void files() throws IOException {
    events =
        Files.writeString(dir.resolve("events.jsonl"), "{\"kind\":\"account\",\"id\":\"a\"}\n");
    plans = Files.writeString(dir.resolve("plans.yaml"), "plans: []\n");
  }

  @Test
  void helpListsTheOptionsAndExitsZero() {
    Cli run = Cli.run("engine", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--events", "--plans", "--as-of", "--out", "generate", "bench");
  }

  @Test
  void missingOptionsAreAllNamed() {
    Cli run = Cli.run("engine", "--events", events.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("Missing required option(s): --plans=plans.yaml --as-of=INSTANT");
  }

  @Test
  void badAsOfIsAUsageError() {
    Cli run =
        Cli.run(
            "engine",
            "--events",
            events.toString(),
            "--plans",
            plans.toString(),
            "--as-of",
            "2026-06-30");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("'2026-06-30' is not an ISO-8601 instant; write it like 2026-06-30T00:00:00Z");
  }

  @Test
  void missingEventsFileIsAUsageError() {
    Cli run =
        Cli.run(
            "engine",
            "--events",
            dir.resolve("nope.jsonl").toString(),
            "--plans",
            plans.toString(),
            "--as-of",
            "2026-06-30T00:00:00Z");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--events: no such file: ").contains("nope.jsonl");
  }

  @Test
  void generateNeedsReferrals() {
    Cli run = Cli.run("engine", "generate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required option: '--referrals=N'");
  }

  @Test
  void generateRejectsNonPositiveReferrals() {
    Cli run = Cli.run("engine", "generate", "--referrals", "0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--referrals must be a positive number, not 0");
  }

  @Test
  void benchEnginePhaseNeedsPlansAndAsOf() {
    Cli run = Cli.run("engine", "bench", "--events", events.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("the ENGINE phase needs --plans and --as-of");
  }
}
