package dev.refsync.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #7's first acceptance line: {@code refsync demo --cycles 2 --report r.json} succeeds; both
 * CRMs show referral fields and commission records, Stripe customers carry attribution, and cycle 2
 * reads each object type at most once and writes nothing - every count read from the sandboxes.
 */
class DemoCommandIT {
  @TempDir Path dir;

  @Test
  void twoCyclesSyncEverythingOnceAndTheSecondFindsNothingNew() throws Exception {
    Path report = dir.resolve("r.json");

    Cli demo =
        Cli.run(
            "demo",
            "--cycles",
            "2",
            "--report",
            report.toString(),
            "--dir",
            dir.resolve("demo").toString());

    assertThat(demo.exitCode()).as(demo.out() + demo.err()).isZero();
    JsonNode r = new ObjectMapper().readTree(report.toFile());
    assertThat(r.path("salesforce").path("opportunitiesWithReferral").asInt()).isPositive();
    assertThat(r.path("hubspot").path("dealsWithReferral").asInt()).isPositive();
    assertThat(r.path("stripe").path("customersWithReferral").asInt()).isPositive();
    int entries = r.path("ledger").path("commissionEntries").asInt();
    assertThat(entries).isPositive();
    assertThat(
            r.path("salesforce").path("commissionRecords").asInt()
                + r.path("hubspot").path("commissionRecords").asInt())
        .as("every ledger entry exists once as a commission record in the CRM of its deal")
        .isEqualTo(entries);
    assertThat(r.path("ledger").path("totals").path("USD").asText()).matches("\\d+\\.\\d{2}");

    JsonNode second = r.path("cycles").get(1).path("endpoints");
    assertThat(r.path("cycles").get(1).path("requests").path("stripe").asInt()).isEqualTo(1);
    assertThat(second.path("stripe").path("events.list").asInt()).isEqualTo(1);
    // One queryAll per object (Account, Contact, OpportunityContactRole, Lead, Referral__c,
    // Opportunity) and the delete log of opportunities.
    assertThat(second.path("salesforce").path("queryAll").asInt()).isLessThanOrEqualTo(6);
    assertThat(second.path("salesforce").path("sobjects.getDeleted").asInt())
        .isLessThanOrEqualTo(1);
    // One search per object (companies, contacts, deals); the association read of the deals whose
    // modification time cycle 1's own writes moved.
    assertThat(second.path("hubspot").path("objects.search").asInt()).isLessThanOrEqualTo(3);
    assertThat(second.path("hubspot").path("associations.batch.read").asInt())
        .isLessThanOrEqualTo(1);
    for (String system : new String[] {"salesforce", "hubspot", "stripe"}) {
      for (Iterator<Map.Entry<String, JsonNode>> it = second.path(system).fields();
          it.hasNext(); ) {
        String endpoint = it.next().getKey();
        assertThat(endpoint)
            .as("cycle 2 of %s writes nothing", system)
            .doesNotContain("update")
            .doesNotContain("upsert")
            .doesNotContain("create");
      }
    }
    assertThat(demo.out()).contains("Cycle 2:").contains("Ledger:");
  }
}
