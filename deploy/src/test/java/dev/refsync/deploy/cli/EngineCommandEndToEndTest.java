package dev.refsync.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code refsync engine} through the real plans loader, attribution and commission engines. These
 * need the engines built by the parallel work, so they can only pass once it is merged.
 */
class EngineCommandEndToEndTest {
  private static final String PLANS =
      """
      rules:
        model: LAST_REFERRAL
      plans:
        - id: customer-acv
          referrerTypes: [CUSTOMER]
          reward: {type: PERCENT_OF_FIRST_YEAR_ACV, percent: 10}
          trigger: CLOSED_WON
      """;

  private static final String EVENTS =
      """
      {"kind":"account","id":"a1","name":"Acme","domains":["acme.com"]}
      {"kind":"referrer","id":"p1","type":"CUSTOMER","name":"Pat","email":"pat@other.com"}
      {"kind":"referral","id":"r1","referrerId":"p1","companyDomain":"acme.com","submittedAt":"2026-01-01T00:00:00Z"}
      {"kind":"deal","id":"d1","accountId":"a1","amount":"12000.00","currency":"USD","stage":"CLOSED_WON","createdAt":"2026-01-05T00:00:00Z","closedAt":"2026-02-01T00:00:00Z"}
      """;

  @TempDir Path dir;
  private final ObjectMapper json = new ObjectMapper();

  private Cli engine(Path events, Path plans, Path out) {
    return Cli.run(
        "engine",
        "--events",
        events.toString(),
        "--plans",
        plans.toString(),
        "--as-of",
        "2026-06-30T00:00:00Z",
        "--out",
        out.toString());
  }

  @Test
  void creditsTheReferralAndPaysTenPercentOfFirstYearAcv() throws IOException {
    Path events = Files.writeString(dir.resolve("events.jsonl"), EVENTS);
    Path plans = Files.writeString(dir.resolve("plans.yaml"), PLANS);
    Path out = dir.resolve("out.json");

    Cli run = engine(events, plans, out);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .contains("4 lines read, 0 rejected, 1 attributions, 0 rejections, 1 commission entries");
    JsonNode result = json.readTree(out.toFile());
    JsonNode credit = result.at("/attributions/0/credits/0");
    assertThat(result.at("/attributions/0/dealId").asText()).isEqualTo("d1");
    assertThat(result.at("/attributions/0/model").asText()).isEqualTo("LAST_REFERRAL");
    assertThat(credit.get("referralId").asText()).isEqualTo("r1");
    assertThat(credit.get("share").asText()).isEqualTo("1.000000");
    JsonNode entry = result.at("/commissions/0");
    assertThat(entry.get("planId").asText()).isEqualTo("customer-acv");
    assertThat(entry.get("kind").asText()).isEqualTo("ACCRUAL");
    assertThat(entry.get("amount").asText()).isEqualTo("1200.00");
    assertThat(entry.get("currency").asText()).isEqualTo("USD");
    assertThat(entry.get("paymentId").isNull()).isTrue();
    assertThat(entry.get("earnedAt").asText()).isEqualTo("2026-02-01T00:00:00Z");
    assertThat(entry.get("status").asText()).isEqualTo("PAYABLE");
  }

  @Test
  void rejectedLinesArePrintedAndTheRestIsStillEvaluatedWithExitOne() throws IOException {
    Path events =
        Files.writeString(
            dir.resolve("events.jsonl"),
            EVENTS + "{\"kind\":\"payment\",\"id\":\"x\",\"accountId\":\"ghost\"}\n");
    Path plans = Files.writeString(dir.resolve("plans.yaml"), PLANS);
    Path out = dir.resolve("out.json");

    Cli run = engine(events, plans, out);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(events + ":5: payment is missing required field 'amount'");
    assertThat(run.err()).contains("5 lines read, 1 rejected");
    assertThat(json.readTree(out.toFile()).at("/commissions/0/amount").asText())
        .isEqualTo("1200.00");
  }

  @Test
  void invalidPlansFileExitsTwo() throws IOException {
    Path events = Files.writeString(dir.resolve("events.jsonl"), EVENTS);
    Path plans =
        Files.writeString(
            dir.resolve("plans.yaml"),
            "plans:\n  - id: x\n    referrerTypes: [ALIEN]\n    reward: {type: NOPE}\n");

    Cli run = engine(events, plans, dir.resolve("out.json"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("3 problems in the plans file")
        .contains(plans + ":3:21: plans[0].referrerTypes[0] has the unknown value 'ALIEN'")
        .contains(plans + ":4:20: plans[0].reward.type has the unknown value 'NOPE'")
        .contains(plans + ":2:5: plans[0] is missing the required key 'trigger'");
    assertThat(dir.resolve("out.json")).doesNotExist();
  }

  @Test
  void generatedProgramRunsCleanlyThroughTheEngine() throws IOException {
    Path events = dir.resolve("events.jsonl");
    Path plans = dir.resolve("plans.yaml");
    Path out = dir.resolve("out.json");
    Cli generated =
        Cli.run(
            "engine",
            "generate",
            "--referrals",
            "300",
            "--out",
            events.toString(),
            "--plans-out",
            plans.toString());
    assertThat(generated.exitCode()).isZero();

    Cli run = engine(events, plans, out);

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode result = json.readTree(out.toFile());
    assertThat(result.get("attributions").size()).isPositive();
    assertThat(result.get("rejections").size()).isPositive();
    assertThat(result.get("commissions").size()).isPositive();
  }
}
