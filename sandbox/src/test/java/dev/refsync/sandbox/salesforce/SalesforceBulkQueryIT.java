package dev.refsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bulk API 2.0 query jobs and the record count the adapter's backfill decision reads. */
class SalesforceBulkQueryIT {

  private static final String JOBS = SalesforceTestClient.V + "/jobs/query";

  private SalesforceFixture f;
  private SalesforceSeedResult seeded;

  @BeforeEach
  void start() {
    f = new SalesforceFixture();
    seeded = f.sf.seed(new SalesforceSeedSpec(3, 5, 0, 0, 0));
  }

  @AfterEach
  void stop() {
    f.close();
  }

  private String job(String operation, String soql) {
    SalesforceTestClient.Response created =
        f.api.post(
            JOBS,
            "{\"operation\":\"" + operation + "\",\"query\":\"" + soql.replace("'", "\\'") + "\"}");
    assertThat(created.status()).isEqualTo(200);
    assertThat(created.json().path("state").asText()).isEqualTo("UploadComplete");
    return created.json().path("id").asText();
  }

  @Test
  void aJobCompletesAndItsResultsComeAsQuotedCsvInLocatorChunks() {
    f.api.delete(SalesforceTestClient.V + "/sobjects/Account/" + seeded.accountIds().get(4));
    String id = job("queryAll", "SELECT Id, Name, IsDeleted, SystemModstamp FROM Account");

    JsonNode status = f.api.get(JOBS + "/" + id).json();
    assertThat(status.path("state").asText()).isEqualTo("JobComplete");
    assertThat(status.path("numberRecordsProcessed").asInt()).isEqualTo(5);

    SalesforceTestClient.Response first = f.api.get(JOBS + "/" + id + "/results?maxRecords=3");
    assertThat(first.header("Sforce-NumberOfRecords")).isEqualTo("3");
    String locator = first.header("Sforce-Locator");
    assertThat(locator).isNotEqualTo("null");
    List<String> lines = first.raw().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo("\"Id\",\"Name\",\"IsDeleted\",\"SystemModstamp\"");
    assertThat(lines.get(1)).startsWith("\"" + seeded.accountIds().get(0) + "\",").endsWith("Z\"");

    SalesforceTestClient.Response last =
        f.api.get(JOBS + "/" + id + "/results?maxRecords=3&locator=" + locator);
    assertThat(last.header("Sforce-NumberOfRecords")).isEqualTo("2");
    assertThat(last.header("Sforce-Locator")).isEqualTo("null");
    assertThat(last.raw().lines().toList().get(2)).contains("\"true\"");
  }

  @Test
  void orderByAndLimitAreRefusedAsSalesforceDoes() {
    SalesforceTestClient.Response r =
        f.api.post(JOBS, "{\"operation\":\"query\",\"query\":\"SELECT Id FROM Account LIMIT 1\"}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.raw()).contains("ORDER BY or LIMIT");
    assertThat(f.api.get(JOBS + "/750000000000001AAA").status()).isEqualTo(404);
  }

  @Test
  void recordCountAnswersLiveRecordsPerType() {
    JsonNode body =
        f.api.get(SalesforceTestClient.V + "/limits/recordCount?sObjects=Account,Lead,Nope").json();
    assertThat(body.path("sObjects")).hasSize(2);
    assertThat(body.path("sObjects").get(0).path("name").asText()).isEqualTo("Account");
    assertThat(body.path("sObjects").get(0).path("count").asInt()).isEqualTo(5);
    assertThat(body.path("sObjects").get(1).path("count").asInt()).isZero();
  }
}
