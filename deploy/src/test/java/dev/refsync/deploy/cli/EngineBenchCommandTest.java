package dev.refsync.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's report format (its figures are measured by running it, not asserted here). */
class EngineBenchCommandTest {
  @TempDir Path dir;

  @Test
  void reportsEveryRoundTheMediansAndTheRatio() {
    Path events = dir.resolve("events.jsonl");
    Cli.run("engine", "generate", "--referrals", "20", "--out", events.toString());

    Cli run =
        Cli.run(
            "engine",
            "bench",
            "--events",
            events.toString(),
            "--phases",
            "parse,read",
            "--baseline",
            "tokens",
            "--repeat",
            "2");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("2 rounds, parse baseline TOKENS", "round 1:", "round 2:", "median parse")
        .contains("median read", "ratio read/parse ")
        .doesNotContain("round 3:", "median engine");
    assertThat(run.out())
        .containsPattern(
            "read [0-9,]+ ms \\[cpu [0-9,]+ ms, gc [0-9,]+ ms, process cpu [0-9,]+ ms\\]"
                + " \\([0-9]+ records")
        .containsPattern("read .*, live [0-9]+ MB, allocated [0-9,]+ MB\\)");
  }
}
