package dev.refsync.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineGenerateCommandTest {
  @TempDir Path dir;

  @Test
  void writesEventsAndPlansAndCountsLinesPerKind() throws IOException {
    Path events = dir.resolve("events.jsonl");
    Path plans = dir.resolve("plans.yaml");

    Cli run =
        Cli.run(
            "engine",
            "generate",
            "--referrals",
            "50",
            "--seed",
            "3",
            "--out",
            events.toString(),
            "--plans-out",
            plans.toString());

    assertThat(run.exitCode()).isZero();
    long lines = Files.lines(events).count();
    assertThat(run.err())
        .startsWith(
            "refsync engine generate: " + lines + " lines (referrer 10, account 50, contact ")
        .contains("referral 50", "payment ");
    try (InputStream resource =
        EngineGenerateCommand.class.getResourceAsStream(EngineGenerateCommand.PLANS_RESOURCE)) {
      assertThat(Files.readAllBytes(plans)).isEqualTo(resource.readAllBytes());
    }
  }

  @Test
  void standardOutputGetsTheSameBytesAsAFile() throws IOException {
    Path events = dir.resolve("events.jsonl");
    Cli.run("engine", "generate", "--referrals", "30", "--out", events.toString());

    Cli run = Cli.run("engine", "generate", "--referrals", "30");

    assertThat(run.out()).isEqualTo(Files.readString(events, StandardCharsets.UTF_8));
  }

  @Test
  void shippedPlansCoverEveryRewardTypeAndTrigger() throws IOException {
    String yaml;
    try (InputStream resource =
        EngineGenerateCommand.class.getResourceAsStream(EngineGenerateCommand.PLANS_RESOURCE)) {
      yaml = new String(resource.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(yaml)
        .contains(
            "type: FLAT",
            "type: PERCENT_OF_FIRST_YEAR_ACV",
            "type: RECURRING_PERCENT",
            "type: TIERED",
            "basis: ACV",
            "basis: PAYMENTS",
            "trigger: CLOSED_WON",
            "trigger: FIRST_PAYMENT",
            "type: RETAINED");
  }
}
