package dev.refsync.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code examples/worked} through the real CLI: a small program that exercises every rule of DESIGN
 * 4 and 5 with the plans of DESIGN 6. {@code expected.json} was computed by hand from the rules
 * (e.g. 10 % of a 12-month 12,000 deal is 1200.00; a 36-month 180,000 deal has first-year ACV
 * 60,000, so 6000.00 capped at 5000.00; a half refund claws back 250.00 of a 500.00 entry). Only
 * the contract fields of DESIGN 7 are compared; the readable trail and explanations may be
 * reworded.
 */
class WorkedExampleTest {
  private static final Path EXAMPLE = Path.of("..", "examples", "worked");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void theWorkedExampleGivesTheHandComputedLedger() throws Exception {
    Path out = dir.resolve("out.json");
    StringWriter err = new StringWriter();

    int exit =
        RefsyncMain.newCommandLine()
            .setErr(new PrintWriter(err))
            .execute(
                "engine",
                "--events",
                EXAMPLE.resolve("events.jsonl").toString(),
                "--plans",
                EXAMPLE.resolve("plans.yaml").toString(),
                "--as-of",
                "2026-06-30T00:00:00Z",
                "--out",
                out.toString());

    assertThat(exit).as(err.toString()).isZero();
    JsonNode actual = contractFieldsOnly(JSON.readTree(Files.readString(out)));
    JsonNode expected = JSON.readTree(Files.readString(EXAMPLE.resolve("expected.json")));
    assertThat(actual).isEqualTo(expected);
  }

  private static JsonNode contractFieldsOnly(JsonNode result) {
    strip(result.get("attributions"), "trail");
    strip(result.get("rejections"), "detail");
    strip(result.get("commissions"), "explanation");
    return result;
  }

  private static void strip(JsonNode array, String field) {
    array.forEach(node -> ((ObjectNode) node).remove(field));
  }
}
