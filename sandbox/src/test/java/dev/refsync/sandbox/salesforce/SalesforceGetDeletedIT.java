package dev.refsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "sObject Get Deleted" reads the delete log: binned and purged records, whole minutes. */
class SalesforceGetDeletedIT {

  private SalesforceFixture f;
  private SalesforceSeedResult seeded;

  @BeforeEach
  void start() {
    f = new SalesforceFixture();
    seeded = f.sf.seed(new SalesforceSeedSpec(3, 3, 0, 0, 3));
  }

  @AfterEach
  void stop() {
    f.close();
  }

  private SalesforceTestClient.Response deleted(String type, String start, String end) {
    return f.api.get(
        SalesforceTestClient.V + "/sobjects/" + type + "/deleted/?start=" + start + "&end=" + end);
  }

  @Test
  void binnedAndPurgedRecordsAreListedWithTheirDeletionDate() {
    String binned = seeded.opportunityIds().get(0);
    String purged = seeded.opportunityIds().get(1);
    f.clock.advance(Duration.ofMinutes(5));
    f.api.delete(SalesforceTestClient.V + "/sobjects/Opportunity/" + binned);
    f.sf.hardDelete(binned);
    f.clock.advance(Duration.ofMinutes(5));
    assertThat(f.sf.hardDelete(purged)).isTrue();
    f.clock.advance(Duration.ofMinutes(5));

    SalesforceTestClient.Response r =
        deleted("Opportunity", "2026-03-01T10:00:00%2B00:00", "2026-03-01T10:14:59Z");

    assertThat(r.status()).isEqualTo(200);
    JsonNode body = r.json();
    assertThat(body.path("deletedRecords")).hasSize(2);
    assertThat(body.path("deletedRecords").get(0).path("id").asText()).isEqualTo(binned);
    assertThat(body.path("deletedRecords").get(0).path("deletedDate").asText())
        .isEqualTo("2026-03-01T10:05:00.000+0000");
    assertThat(body.path("deletedRecords").get(1).path("id").asText()).isEqualTo(purged);
    assertThat(body.path("latestDateCovered").asText()).isEqualTo("2026-03-01T10:14:00.000+0000");
    assertThat(body.path("earliestDateAvailable").asText())
        .isEqualTo("2026-03-01T10:05:00.000+0000");
    assertThat(f.sf.requestCounts()).containsEntry(SalesforceEndpoints.GET_DELETED, 1L);
  }

  @Test
  void theWindowIsHalfOpenAtTheMinuteAndOtherTypesAreNotListed() {
    f.clock.advance(Duration.ofMinutes(5));
    f.sf.hardDelete(seeded.opportunityIds().get(0));
    f.sf.hardDelete(seeded.accountIds().get(0));

    assertThat(
            deleted("Opportunity", "2026-03-01T10:00:00Z", "2026-03-01T10:05:00Z")
                .json()
                .path("deletedRecords"))
        .isEmpty();
    assertThat(
            deleted("Opportunity", "2026-03-01T10:05:00Z", "2026-03-01T10:06:00Z")
                .json()
                .path("deletedRecords"))
        .hasSize(1);
  }

  @Test
  void aBadWindowOrAnUnknownTypeIsRefused() {
    assertThat(deleted("Opportunity", "2026-03-01T10:05:00Z", "2026-03-01T10:05:30Z").raw())
        .contains("INVALID_REPLICATION_DATE");
    assertThat(deleted("Opportunity", "2026-02-01T10:00:00Z", "2026-03-01T10:00:00Z").raw())
        .contains("INVALID_REPLICATION_DATE");
    assertThat(f.api.get(SalesforceTestClient.V + "/sobjects/Opportunity/deleted/").raw())
        .contains("MISSING_ARGUMENT");
    assertThat(deleted("Nope__c", "2026-03-01T09:00:00Z", "2026-03-01T10:00:00Z").status())
        .isEqualTo(404);
  }

  @Test
  void insertWritesARecordAtTheClocksNowWithoutHttp() {
    f.clock.advance(Duration.ofMinutes(1));
    String id = f.sf.insert("Account", Map.of("Name", "Inserted", "Website", "inserted.example"));

    JsonNode record =
        f.api
            .query("SELECT Name, SystemModstamp FROM Account WHERE Id = '" + id + "'")
            .json()
            .path("records")
            .get(0);
    assertThat(record.path("Name").asText()).isEqualTo("Inserted");
    assertThat(record.path("SystemModstamp").asText()).isEqualTo("2026-03-01T10:01:00.000+0000");
  }
}
