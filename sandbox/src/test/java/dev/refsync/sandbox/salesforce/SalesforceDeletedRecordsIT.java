package dev.refsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SalesforceDeletedRecordsIT {

  private SalesforceFixture f;
  private SalesforceSeedResult seeded;

  @BeforeEach
  void start() {
    f = new SalesforceFixture();
    seeded = f.sf.seed(new SalesforceSeedSpec(3, 3, 0, 0, 0));
  }

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void aSoftDeletedRecordIsVisibleToQueryAllOnlyWithIsDeletedAndANewModstamp() {
    String id = seeded.accountIds().get(1);
    f.clock.advance(Duration.ofMinutes(5));

    assertThat(f.api.delete(SalesforceTestClient.V + "/sobjects/Account/" + id).status())
        .isEqualTo(204);

    JsonNode query = f.api.query("SELECT Id FROM Account").json();
    JsonNode all =
        f.api
            .queryAll("SELECT Id, IsDeleted, SystemModstamp FROM Account WHERE IsDeleted = true")
            .json();
    assertThat(query.path("totalSize").asInt()).isEqualTo(2);
    assertThat(all.path("totalSize").asInt()).isEqualTo(1);
    assertThat(all.path("records").get(0).path("Id").asText()).isEqualTo(id);
    assertThat(all.path("records").get(0).path("SystemModstamp").asText())
        .isEqualTo("2026-03-01T10:05:00.000+0000");
    assertThat(f.api.get(SalesforceTestClient.V + "/sobjects/Account/" + id).status())
        .isEqualTo(404);
  }

  @Test
  void aHardDeletedRecordVanishesEvenFromQueryAll() {
    String id = seeded.accountIds().get(0);
    f.api.delete(SalesforceTestClient.V + "/sobjects/Account/" + id);

    assertThat(f.sf.hardDelete(id)).isTrue();

    assertThat(f.api.queryAll("SELECT Id FROM Account").json().path("totalSize").asInt())
        .isEqualTo(2);
    assertThat(f.sf.hardDelete(id)).isFalse();
  }
}
