package dev.refsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SalesforceSeedIT {

  @Test
  void theSameSeedGivesTheSameOrg() {
    String first;
    String second;
    try (SalesforceFixture a = new SalesforceFixture()) {
      a.sf.seed(new SalesforceSeedSpec(42, 8, 20, 5, 16));
      first = a.sf.stateDump();
    }
    try (SalesforceFixture b = new SalesforceFixture()) {
      b.sf.seed(new SalesforceSeedSpec(42, 8, 20, 5, 16));
      second = b.sf.stateDump();
    }

    assertThat(first).isEqualTo(second);
  }

  @Test
  void seededRecordsCoverPartnersClosedStagesAndContactRoles() {
    try (SalesforceFixture f = new SalesforceFixture()) {
      SalesforceSeedResult seeded = f.sf.seed(new SalesforceSeedSpec(42, 8, 20, 5, 16));

      assertThat(seeded.accountIds()).hasSize(8);
      assertThat(seeded.contactIds()).hasSize(20);
      assertThat(seeded.leadIds()).hasSize(5);
      assertThat(seeded.opportunityIds()).hasSize(16);
      assertThat(seeded.contactRoleIds()).isNotEmpty();
      assertThat(values(f, "SELECT Type FROM Account WHERE Type = 'Partner'", "Type")).hasSize(2);
      assertThat(values(f, "SELECT StageName FROM Opportunity", "StageName"))
          .contains("Closed Won", "Closed Lost");
      assertThat(values(f, "SELECT Website FROM Account", "Website")).doesNotHaveDuplicates();
      JsonNode role =
          f.api
              .query(
                  "SELECT Role, IsPrimary, Contact.AccountId, Opportunity.AccountId FROM OpportunityContactRole WHERE IsPrimary = true LIMIT 1")
              .json()
              .path("records")
              .get(0);
      assertThat(role.path("Role").asText()).isEqualTo("Decision Maker");
      assertThat(role.path("Contact").path("AccountId").asText())
          .isEqualTo(role.path("Opportunity").path("AccountId").asText());
      assertThat(f.sf.totalRequests()).isEqualTo(4);
    }
  }

  @Test
  void withoutSharedModstampRecordsAreOneSecondApart() {
    try (SalesforceFixture f = new SalesforceFixture()) {
      f.sf.seed(new SalesforceSeedSpec(1, 3, 0, 0, 0));

      assertThat(
              values(
                  f,
                  "SELECT SystemModstamp FROM Account ORDER BY SystemModstamp",
                  "SystemModstamp"))
          .containsExactly(
              "2026-03-01T09:59:58.000+0000",
              "2026-03-01T09:59:59.000+0000",
              "2026-03-01T10:00:00.000+0000");
    }
  }

  private static List<String> values(SalesforceFixture f, String soql, String field) {
    List<String> out = new ArrayList<>();
    f.api.query(soql).json().path("records").forEach(r -> out.add(r.path(field).asText()));
    return out;
  }
}
