package dev.refsync.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.refsync.deploy.demo.DemoConfig;
import dev.refsync.deploy.demo.DemoSandboxes;
import dev.refsync.deploy.demo.DemoWorld;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code refsync provision} lists with {@code --dry-run} and creates nothing, then creates what is
 * missing once; {@code refsync backfill} re-reads the sandboxes and pushes the results - all over
 * real HTTP against the demo sandboxes.
 */
class ProvisionAndBackfillIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private DemoSandboxes sandboxes;
  private Path config;

  @BeforeEach
  void seed() {
    Clock clock = Clock.systemUTC();
    sandboxes = DemoSandboxes.start(clock);
    DemoWorld.seed(sandboxes, 11, clock);
    config = DemoConfig.write(dir, sandboxes, "");
  }

  @AfterEach
  void stop() {
    sandboxes.close();
  }

  @Test
  void aDryRunListsWhatIsMissingAndCreatesNothingThenProvisionCreatesItOnce() throws Exception {
    Cli dryRun = Cli.run("provision", "--dry-run", "--config", config.toString());

    assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
    assertThat(dryRun.out())
        .contains("salesforce-main:")
        .contains("Referral_Commission__c")
        .contains("hubspot-main:")
        .contains("referral_commission")
        .contains("stripe (stripe): nothing to provision");
    assertThat(salesforce().path("records").has("Referral_Commission__c")).isFalse();
    assertThat(hubspot().path("schemas")).isEmpty();

    Cli applied = Cli.run("provision", "--config", config.toString());
    Cli again = Cli.run("provision", "--dry-run", "--config", config.toString());

    assertThat(applied.exitCode()).as(applied.out()).isZero();
    assertThat(applied.out()).contains("created").doesNotContain("FAILED");
    assertThat(salesforce().path("records").has("Referral_Commission__c")).isTrue();
    assertThat(hubspot().path("schemas")).hasSize(1);
    assertThat(again.out())
        .contains("salesforce-main: nothing missing")
        .contains("hubspot-main: nothing missing");
  }

  @Test
  void aBackfillReadsEveryConnectionEvaluatesAndPushes() throws Exception {
    assertThat(Cli.run("provision", "--config", config.toString()).exitCode()).isZero();

    Cli backfill = Cli.run("backfill", "--since", "2024-01-01", "--config", config.toString());

    assertThat(backfill.exitCode()).as(backfill.err()).isZero();
    assertThat(backfill.out())
        .containsPattern("Re-read \\d{3,} records since 2024-01-01; \\d+ deals attributed")
        .contains("Pushed salesforce-main:")
        .contains("Pushed hubspot-main:");
    assertThat(salesforce().path("records").path("Referral_Commission__c").size()).isPositive();
    assertThat(hubspot().path("objects").path("referral_commission").size()).isPositive();
  }

  @Test
  void aMissingOrInvalidConfigurationExitsWithTwo() {
    Cli missing =
        Cli.run(
            "backfill", "--since", "2024-01-01", "--config", dir.resolve("nope.yaml").toString());

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.yaml: no such file");
  }

  private JsonNode salesforce() throws Exception {
    return JSON.readTree(sandboxes.salesforce.stateDump());
  }

  private JsonNode hubspot() throws Exception {
    return JSON.readTree(sandboxes.hubspot.stateDump());
  }
}
