package dev.refsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DESIGN §9 cursors against Salesforce's 2,000-record pages when many records share a time. */
class SalesforceQueryPagingIT {

  private static final String T = "2026-03-01T10:00:00.000Z";
  private SalesforceFixture f;
  private SalesforceSeedResult seeded;

  @BeforeEach
  void start() {
    f = new SalesforceFixture(c -> c.withDailyApiRequests(100_000));
    seeded = f.sf.seed(new SalesforceSeedSpec(7, 5_000, 0, 0, 0).withSharedModstamp());
  }

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void fiveThousandRecordsSharingOneModstampArriveCompletelyInPagesOf2000() {
    var first =
        f.api.query(
            "SELECT Id, SystemModstamp FROM Account WHERE SystemModstamp >= "
                + T
                + " ORDER BY SystemModstamp, Id");
    JsonNode page = first.json();
    List<String> ids = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    while (true) {
      assertThat(page.path("totalSize").asInt()).isEqualTo(5_000);
      sizes.add(page.path("records").size());
      page.path("records").forEach(r -> ids.add(r.path("Id").asText()));
      if (page.path("done").asBoolean()) {
        assertThat(page.has("nextRecordsUrl")).isFalse();
        break;
      }
      String next = page.path("nextRecordsUrl").asText();
      assertThat(next).matches("/services/data/v62\\.0/query/01g[0-9A-Za-z]{15}-\\d+");
      page = f.api.get(next).json();
    }

    assertThat(sizes).containsExactly(2_000, 2_000, 1_000);
    assertThat(ids).containsExactlyElementsOf(seeded.accountIds());
  }

  @Test
  void resumingFromTheLastTimeAndIdSkipsNothingAndRepeatsNothing() {
    List<String> seen = new ArrayList<>();
    String base = "SELECT Id, SystemModstamp FROM Account WHERE ";
    String where = "SystemModstamp >= " + T;
    for (int round = 0; round < 4; round++) {
      JsonNode page = f.api.query(base + where + " ORDER BY SystemModstamp, Id LIMIT 1500").json();
      if (page.path("records").isEmpty()) {
        break;
      }
      JsonNode last = null;
      for (JsonNode r : page.path("records")) {
        seen.add(r.path("Id").asText());
        last = r;
      }
      String t = last.path("SystemModstamp").asText();
      String id = last.path("Id").asText();
      where = "(SystemModstamp > " + t + " OR (SystemModstamp = " + t + " AND Id > '" + id + "'))";
    }

    assertThat(seen).hasSize(5_000).doesNotHaveDuplicates();
    assertThat(new HashSet<>(seen)).isEqualTo(Set.copyOf(seeded.accountIds()));
  }

  @Test
  void batchSizeHeaderIsHonouredWithinTwoHundredToTwoThousand() {
    String soql = "SELECT Id FROM Account";
    JsonNode small =
        f.api
            .get(
                SalesforceTestClient.V + "/query?q=" + soql.replace(" ", "+"),
                "Sforce-Query-Options",
                "batchSize=500")
            .json();
    JsonNode tooSmall =
        f.api
            .get(
                SalesforceTestClient.V + "/query?q=" + soql.replace(" ", "+"),
                "Sforce-Query-Options",
                "batchSize=10")
            .json();

    assertThat(small.path("records").size()).isEqualTo(500);
    assertThat(small.path("nextRecordsUrl").asText()).endsWith("-500");
    assertThat(tooSmall.path("records").size()).isEqualTo(200);
  }

  @Test
  void laterPagesComeFromTheSnapshotTakenAtQueryTime() {
    JsonNode first = f.api.query("SELECT Id, Name FROM Account").json();
    String last = seeded.accountIds().get(4_999);
    f.api.patch(SalesforceTestClient.V + "/sobjects/Account/" + last, "{\"Name\":\"Renamed\"}");
    f.api.delete(SalesforceTestClient.V + "/sobjects/Account/" + seeded.accountIds().get(4_000));

    JsonNode second = f.api.get(first.path("nextRecordsUrl").asText()).json();
    JsonNode third = f.api.get(second.path("nextRecordsUrl").asText()).json();

    assertThat(third.path("records")).hasSize(1_000);
    assertThat(third.path("records").get(999).path("Name").asText()).isNotEqualTo("Renamed");
    assertThat(third.path("records").get(0).path("Id").asText())
        .isEqualTo(seeded.accountIds().get(4_000));
  }

  @Test
  void aCursorIsGoneAfterFifteenIdleMinutes() {
    JsonNode first = f.api.query("SELECT Id FROM Account").json();
    String next = first.path("nextRecordsUrl").asText();
    f.clock.advance(Duration.ofMinutes(15));

    var r = f.api.get(next);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get(0).path("errorCode").asText()).isEqualTo("INVALID_QUERY_LOCATOR");
  }
}
