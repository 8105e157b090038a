package dev.refsync.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingsTestCommandTest {
  private static final String OPPORTUNITY =
      """
      {"attributes": {"type": "Opportunity", "url": "/x"}, "Id": "006A", "AccountId": "001A",
       "Amount": 24000.50, "StageName": "Closed Won", "CloseDate": "2026-03-01",
       "CreatedDate": "2026-01-15T09:30:00.000+0000"}
      """;

  @Test
  void printsTheCanonicalRecord(@TempDir Path dir) throws Exception {
    Path record = Files.writeString(dir.resolve("opp.json"), OPPORTUNITY);
    Cli result =
        Cli.run("mappings", "test", "--system", "salesforce", "--record", record.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("\"kind\" : \"deal\"", "\"amount\" : \"24000.50\"", "\"stage\" : \"CLOSED_WON\"")
        .contains("\"closedAt\" : \"2026-03-01T00:00:00Z\"");
  }

  @Test
  void hubspotRecordWithObjectAndAssociation(@TempDir Path dir) throws Exception {
    Path record =
        Files.writeString(
            dir.resolve("deal.json"),
            "{\"id\":\"9\",\"properties\":{\"amount\":\"100\",\"dealstage\":\"closedlost\","
                + "\"closedate\":\"2026-03-01T10:00:00Z\"}}");
    Cli result =
        Cli.run(
            "mappings",
            "test",
            "--system",
            "hubspot",
            "--object",
            "deals",
            "--association",
            "companies=555",
            "--record",
            record.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("\"accountId\" : \"555\"", "\"stage\" : \"CLOSED_LOST\"");
  }

  @Test
  void conversionErrorExitsOneWithThePreciseError(@TempDir Path dir) throws Exception {
    Path record =
        Files.writeString(dir.resolve("opp.json"), OPPORTUNITY.replace("24000.50", "\"24k\""));
    Cli result =
        Cli.run("mappings", "test", "--system", "salesforce", "--record", record.toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .contains(
            "SALESFORCE Opportunity 006A: field 'amount' (from Amount) value '24k': not a decimal number");
  }

  @Test
  void hubspotRecordWithoutObjectIsAUsageError(@TempDir Path dir) throws Exception {
    Path record = Files.writeString(dir.resolve("deal.json"), "{\"id\":\"9\",\"properties\":{}}");
    Cli result = Cli.run("mappings", "test", "--system", "hubspot", "--record", record.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("give --object");
  }

  @Test
  void invalidMappingExitsTwoWithItsProblems(@TempDir Path dir) throws Exception {
    Path record = Files.writeString(dir.resolve("opp.json"), OPPORTUNITY);
    Path mapping =
        Files.writeString(dir.resolve("bad.yaml"), "version: 1\nsystem: salesforce\nrecordz: {}\n");
    Cli result =
        Cli.run(
            "mappings",
            "test",
            "--system",
            "salesforce",
            "--mapping",
            mapping.toString(),
            "--record",
            record.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("bad.yaml:3:1: unknown key 'recordz'");
  }

  @Test
  void unknownSystemIsAUsageError(@TempDir Path dir) throws Exception {
    Path record = Files.writeString(dir.resolve("opp.json"), OPPORTUNITY);
    Cli result =
        Cli.run("mappings", "test", "--system", "pipedrive", "--record", record.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("'pipedrive' is not a system");
  }
}
