package dev.refsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SalesforceDescribeIT {

  private static final String V = SalesforceTestClient.V;
  private SalesforceFixture f;

  @BeforeEach
  void start() {
    f = new SalesforceFixture();
  }

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void describeListsFieldsWithTypesAndReferences() {
    JsonNode d = f.api.get(V + "/sobjects/Opportunity/describe").json();

    assertThat(d.path("name").asText()).isEqualTo("Opportunity");
    assertThat(d.path("custom").asBoolean()).isFalse();
    assertThat(d.path("keyPrefix").asText()).isEqualTo("006");
    JsonNode account = field(d, "AccountId");
    assertThat(account.path("type").asText()).isEqualTo("reference");
    assertThat(account.path("referenceTo").get(0).asText()).isEqualTo("Account");
    assertThat(account.path("relationshipName").asText()).isEqualTo("Account");
    assertThat(field(d, "Amount").path("type").asText()).isEqualTo("currency");
    assertThat(field(d, "SystemModstamp").path("type").asText()).isEqualTo("datetime");
    assertThat(field(d, "SystemModstamp").path("createable").asBoolean()).isFalse();
    assertThat(field(d, "StageName").path("nillable").asBoolean()).isFalse();
    assertThat(field(d, "StageName").path("picklistValues"))
        .extracting(v -> v.path("value").asText())
        .contains("Closed Won", "Closed Lost");
  }

  @Test
  void customObjectsAndFieldsAppearOnceProvisioned() {
    assertThat(f.api.get(V + "/sobjects/Referral_Commission__c/describe").status()).isEqualTo(404);
    f.provisionCommissionObject();

    JsonNode d = f.api.get(V + "/sobjects/Referral_Commission__c/describe").json();
    JsonNode global = f.api.get(V + "/sobjects").json();
    JsonNode opportunity = f.api.get(V + "/sobjects/Opportunity/describe").json();

    assertThat(d.path("custom").asBoolean()).isTrue();
    assertThat(d.path("keyPrefix").asText()).isEqualTo("a0X");
    JsonNode key = field(d, "Refsync_Id__c");
    assertThat(key.path("externalId").asBoolean()).isTrue();
    assertThat(key.path("unique").asBoolean()).isTrue();
    assertThat(key.path("length").asInt()).isEqualTo(64);
    assertThat(key.path("custom").asBoolean()).isTrue();
    JsonNode lookup = field(d, "Opportunity__c");
    assertThat(lookup.path("referenceTo").get(0).asText()).isEqualTo("Opportunity");
    assertThat(lookup.path("relationshipName").asText()).isEqualTo("Opportunity__r");
    assertThat(global.path("sobjects"))
        .extracting(s -> s.path("name").asText())
        .contains(
            "Account",
            "Contact",
            "Lead",
            "Opportunity",
            "OpportunityContactRole",
            "Referral_Commission__c");
    assertThat(field(opportunity, "Referral_Id__c").path("type").asText()).isEqualTo("string");
  }

  @Test
  void relationshipQueriesWorkThroughACustomLookup() {
    f.provisionCommissionObject();
    String opp =
        f.api
            .post(
                V + "/sobjects/Opportunity",
                "{\"Name\":\"Big\",\"StageName\":\"Closed Won\",\"CloseDate\":\"2026-01-01\"}")
            .json()
            .path("id")
            .asText();
    f.api.post(
        V + "/sobjects/Referral_Commission__c",
        "{\"Name\":\"c\",\"Refsync_Id__c\":\"L1\",\"Opportunity__c\":\"" + opp + "\"}");

    JsonNode r =
        f.api.query("SELECT Refsync_Id__c, Opportunity__r.Name FROM Referral_Commission__c").json();

    assertThat(r.path("records").get(0).path("Opportunity__r").path("Name").asText())
        .isEqualTo("Big");
  }

  @Test
  void provisioningTheSameObjectTwiceIsRefusedAndChangesNothing() {
    f.provisionCommissionObject();

    assertThatThrownBy(
            () ->
                f.sf.defineCustomObject(
                    CustomObjectSpec.of("Referral_Commission__c", "Other", "Others")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DUPLICATE_DEVELOPER_NAME");
    assertThat(
            f.api
                .get(V + "/sobjects/Referral_Commission__c/describe")
                .json()
                .path("label")
                .asText())
        .isEqualTo("Referral Commission");
  }

  private static JsonNode field(JsonNode describe, String name) {
    for (JsonNode f : describe.path("fields")) {
      if (f.path("name").asText().equals(name)) {
        return f;
      }
    }
    throw new AssertionError("no field " + name + " in " + describe.path("name"));
  }
}
