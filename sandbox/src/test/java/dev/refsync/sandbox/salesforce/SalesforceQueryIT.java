package dev.refsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SalesforceQueryIT {

  private SalesforceFixture f;
  private String acme;
  private String globex;

  @BeforeEach
  void start() {
    f = new SalesforceFixture();
    acme =
        create("Account", "{\"Name\":\"Acme\",\"Type\":\"Partner\",\"Website\":\"acme.example\"}");
    globex = create("Account", "{\"Name\":\"Globex\",\"Type\":\"Prospect\"}");
    create(
        "Opportunity",
        "{\"Name\":\"Big\",\"StageName\":\"Closed Won\",\"CloseDate\":\"2026-02-01\",\"Amount\":5000,\"AccountId\":\""
            + acme
            + "\"}");
    create(
        "Opportunity",
        "{\"Name\":\"Small\",\"StageName\":\"Closed Lost\",\"CloseDate\":\"2026-02-15\",\"Amount\":100.5,\"AccountId\":\""
            + globex
            + "\"}");
    create(
        "Opportunity",
        "{\"Name\":\"Orphan\",\"StageName\":\"Prospecting\",\"CloseDate\":\"2026-04-01\"}");
  }

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void recordsCarryAttributesAndTheSelectedFieldsWithRelationshipsNested() {
    JsonNode body =
        f.api.query("SELECT Id, Name, Amount, Account.Name FROM Opportunity ORDER BY Name").json();

    assertThat(body.path("totalSize").asInt()).isEqualTo(3);
    assertThat(body.path("done").asBoolean()).isTrue();
    assertThat(body.has("nextRecordsUrl")).isFalse();
    JsonNode big = body.path("records").get(0);
    assertThat(big.path("attributes").path("type").asText()).isEqualTo("Opportunity");
    assertThat(big.path("attributes").path("url").asText())
        .isEqualTo("/services/data/v62.0/sobjects/Opportunity/" + big.path("Id").asText());
    assertThat(big.path("Name").asText()).isEqualTo("Big");
    assertThat(big.path("Amount").decimalValue()).isEqualByComparingTo("5000");
    assertThat(big.path("Account").path("Name").asText()).isEqualTo("Acme");
    assertThat(big.path("Account").path("attributes").path("type").asText()).isEqualTo("Account");
    JsonNode orphan = body.path("records").get(1);
    assertThat(orphan.path("Name").asText()).isEqualTo("Orphan");
    assertThat(orphan.get("Account").isNull()).isTrue();
  }

  @Test
  void whereOperatorsInListsNullsAndRelationshipFilters() {
    assertThat(names("SELECT Name FROM Opportunity WHERE Amount > 100 AND Amount <= 5000"))
        .containsExactly("Big", "Small");
    assertThat(names("SELECT Name FROM Opportunity WHERE Amount = null")).containsExactly("Orphan");
    assertThat(names("SELECT Name FROM Opportunity WHERE Amount != null ORDER BY Amount DESC"))
        .containsExactly("Big", "Small");
    assertThat(
            names("SELECT Name FROM Opportunity WHERE StageName IN ('Closed Won', 'closed lost')"))
        .containsExactly("Big", "Small");
    assertThat(names("SELECT Name FROM Opportunity WHERE StageName NOT IN ('Closed Won')"))
        .containsExactly("Small", "Orphan");
    assertThat(names("SELECT Name FROM Opportunity WHERE CloseDate >= 2026-02-15"))
        .containsExactly("Small", "Orphan");
    assertThat(names("SELECT Name FROM Opportunity WHERE Account.Type = 'Partner'"))
        .containsExactly("Big");
    assertThat(names("SELECT Name FROM Opportunity WHERE IsWon = true")).containsExactly("Big");
    assertThat(names("SELECT Name FROM Account WHERE Id = '" + globex.substring(0, 15) + "'"))
        .containsExactly("Globex");
    assertThat(
            names(
                "SELECT Name FROM Opportunity WHERE CreatedDate = 2026-03-01T10:00:00.000+0000"
                    + " ORDER BY Name DESC LIMIT 2"))
        .containsExactly("Small", "Orphan");
  }

  @Test
  void ascendingOrderPutsNullsFirstUnlessToldOtherwise() {
    assertThat(names("SELECT Name FROM Opportunity ORDER BY Amount"))
        .containsExactly("Orphan", "Small", "Big");
    assertThat(names("SELECT Name FROM Opportunity ORDER BY Amount ASC NULLS LAST"))
        .containsExactly("Small", "Big", "Orphan");
  }

  @Test
  void datetimesAreRenderedInSalesforcesFormat() {
    JsonNode r =
        f.api
            .query("SELECT CreatedDate, SystemModstamp FROM Account LIMIT 1")
            .json()
            .path("records")
            .get(0);

    assertThat(r.path("CreatedDate").asText()).isEqualTo("2026-03-01T10:00:00.000+0000");
    assertThat(r.path("SystemModstamp").asText()).isEqualTo("2026-03-01T10:00:00.000+0000");
  }

  @Test
  void unknownFieldIsInvalidFieldInSalesforcesWording() {
    var r = f.api.query("SELECT Id, Nmae FROM Account");

    assertThat(r.status()).isEqualTo(400);
    JsonNode e = r.json().get(0);
    assertThat(e.path("errorCode").asText()).isEqualTo("INVALID_FIELD");
    assertThat(e.path("message").asText())
        .isEqualTo(
            "SELECT Id, Nmae FROM Account\n           ^\nERROR at Row:1:Column:12\nNo such column"
                + " 'Nmae' on entity 'Account'. If you are attempting to use a custom field, be"
                + " sure to append the '__c' after the custom field name. Please reference your"
                + " WSDL or the describe call for the appropriate names.");
  }

  @Test
  void unknownObjectIsInvalidTypeAndBadSyntaxIsMalformedQuery() {
    var type = f.api.query("SELECT Id FROM Referral_Commission__c");
    var syntax = f.api.query("SELECT Id FROM Account WHERE");

    assertThat(type.status()).isEqualTo(400);
    assertThat(type.json().get(0).path("errorCode").asText()).isEqualTo("INVALID_TYPE");
    assertThat(type.json().get(0).path("message").asText())
        .contains("sObject type 'Referral_Commission__c' is not supported.");
    assertThat(syntax.status()).isEqualTo(400);
    assertThat(syntax.json().get(0).path("errorCode").asText()).isEqualTo("MALFORMED_QUERY");
  }

  @Test
  void aLiteralOfTheWrongTypeIsRejectedEvenWhenNoRecordMatches() {
    var quotedDate = f.api.query("SELECT Id FROM Lead WHERE SystemModstamp > '2026-03-01'");
    var unquotedText = f.api.query("SELECT Id FROM Lead WHERE Company = 12");
    var badId = f.api.query("SELECT Id FROM Lead WHERE Id = 'nope'");

    assertThat(quotedDate.json().get(0).path("message").asText())
        .endsWith(
            "value of filter criterion for field 'SystemModstamp' must be of type dateTime and"
                + " should not be enclosed in quotes");
    assertThat(unquotedText.json().get(0).path("message").asText())
        .endsWith("must be of type string and should be enclosed in quotes");
    assertThat(badId.json().get(0).path("errorCode").asText())
        .isEqualTo("INVALID_QUERY_FILTER_OPERATOR");
  }

  @Test
  void missingQueryStringIsMalformed() {
    var r = f.api.get(SalesforceTestClient.V + "/query");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get(0).path("errorCode").asText()).isEqualTo("MALFORMED_QUERY");
  }

  private List<String> names(String soql) {
    var r = f.api.query(soql);
    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    r.json().path("records").forEach(n -> out.add(n.path("Name").asText()));
    return out;
  }

  private String create(String type, String json) {
    var r = f.api.post(SalesforceTestClient.V + "/sobjects/" + type, json);
    assertThat(r.status()).as(r.raw()).isEqualTo(201);
    return r.json().path("id").asText();
  }
}
