package dev.refsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SalesforceCollectionsIT {

  private static final String UPSERT =
      SalesforceTestClient.V + "/composite/sobjects/Referral_Commission__c/Refsync_Id__c";
  private SalesforceFixture f;
  private String opp;

  @BeforeEach
  void start() {
    f = new SalesforceFixture();
    f.provisionCommissionObject();
    opp = opportunity();
  }

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void upsertByExternalIdIsIdempotent() {
    JsonNode first = upsert(body(false, 3)).json();
    JsonNode second = upsert(body(false, 3)).json();

    assertThat(first).extracting(r -> r.path("created").asBoolean()).containsOnly(true);
    assertThat(second).extracting(r -> r.path("created").asBoolean()).containsOnly(false);
    for (int i = 0; i < 3; i++) {
      assertThat(second.get(i).path("id").asText()).isEqualTo(first.get(i).path("id").asText());
      assertThat(second.get(i).path("id").asText()).startsWith("a0X");
      assertThat(second.get(i).path("errors")).isEmpty();
    }
    assertThat(count()).isEqualTo(3);
  }

  @Test
  void oneBadRecordInTwoHundredFailsAloneWhenNotAllOrNone() {
    ObjectNode body = body(false, 200);
    ((ObjectNode) body.path("records").get(117)).put("Amount__c", "not a number");

    var r = upsert(body);

    assertThat(r.status()).isEqualTo(200);
    JsonNode results = r.json();
    assertThat(results).hasSize(200);
    assertThat(results.get(117).path("success").asBoolean()).isFalse();
    assertThat(results.get(117).path("errors").get(0).path("statusCode").asText())
        .isEqualTo("INVALID_TYPE_ON_FIELD_IN_RECORD");
    assertThat(results.get(117).path("errors").get(0).path("fields").get(0).asText())
        .isEqualTo("Amount__c");
    assertThat(results).filteredOn(n -> n.path("success").asBoolean()).hasSize(199);
    assertThat(count()).isEqualTo(199);
  }

  @Test
  void twoHundredAndOneRecordsAreRefusedWhole() {
    var r = upsert(body(false, 201));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get(0).path("errorCode").asText()).isEqualTo("EXCEEDED_ID_LIMIT");
    assertThat(count()).isZero();
  }

  @Test
  void allOrNoneRollsEveryRecordBack() {
    ObjectNode body = body(true, 5);
    ((ObjectNode) body.path("records").get(2)).remove("Refsync_Id__c");

    JsonNode results = upsert(body).json();

    assertThat(results.get(2).path("errors").get(0).path("statusCode").asText())
        .isEqualTo("REQUIRED_FIELD_MISSING");
    assertThat(results.get(0).path("errors").get(0).path("statusCode").asText())
        .isEqualTo("ALL_OR_NONE_OPERATION_ROLLED_BACK");
    assertThat(results).extracting(n -> n.path("success").asBoolean()).containsOnly(false);
    assertThat(count()).isZero();
  }

  @Test
  void theSameExternalIdTwiceInOneRequestIsDuplicateValueForBoth() {
    ObjectNode body = body(false, 3);
    ((ObjectNode) body.path("records").get(2)).put("Refsync_Id__c", "ledger-0");

    JsonNode results = upsert(body).json();

    assertThat(results.get(0).path("errors").get(0).path("statusCode").asText())
        .isEqualTo("DUPLICATE_VALUE");
    assertThat(results.get(2).path("errors").get(0).path("statusCode").asText())
        .isEqualTo("DUPLICATE_VALUE");
    assertThat(results.get(1).path("success").asBoolean()).isTrue();
  }

  @Test
  void aLockedRowFailsItsRecordOnceWithUnableToLockRow() {
    f.sf.lockRecord("ledger-1", 1);

    JsonNode first = upsert(body(false, 3)).json();
    JsonNode retry = upsert(body(false, 3)).json();

    assertThat(first.get(1).path("errors").get(0).path("statusCode").asText())
        .isEqualTo("UNABLE_TO_LOCK_ROW");
    assertThat(first.get(0).path("success").asBoolean()).isTrue();
    assertThat(retry.get(1).path("success").asBoolean()).isTrue();
    assertThat(retry.get(1).path("created").asBoolean()).isTrue();
  }

  @Test
  void upsertNeedsADeclaredExternalIdField() {
    var r =
        f.api.patch(
            SalesforceTestClient.V + "/composite/sobjects/Referral_Commission__c/Amount__c",
            Json.text(body(false, 1)));

    assertThat(r.json().get(0).path("errors").get(0).path("statusCode").asText())
        .isEqualTo("INVALID_FIELD");
  }

  @Test
  void aUniqueValueAlreadyUsedIsDuplicateValue() {
    upsert(body(false, 1));

    var r =
        f.api.post(
            SalesforceTestClient.V + "/composite/sobjects",
            "{\"records\":[{\"attributes\":{\"type\":\"Referral_Commission__c\"},\"Name\":\"x\","
                + "\"Refsync_Id__c\":\"LEDGER-0\",\"Opportunity__c\":\""
                + opp
                + "\"}]}");

    assertThat(r.json().get(0).path("errors").get(0).path("statusCode").asText())
        .isEqualTo("DUPLICATE_VALUE");
  }

  @Test
  void collectionCreateAndUpdateReportPerRecord() {
    var created =
        f.api.post(
            SalesforceTestClient.V + "/composite/sobjects",
            "{\"allOrNone\":false,\"records\":["
                + "{\"attributes\":{\"type\":\"Account\"},\"Name\":\"One\"},"
                + "{\"attributes\":{\"type\":\"Account\"}}]}");
    String id = created.json().get(0).path("id").asText();

    var updated =
        f.api.patch(
            SalesforceTestClient.V + "/composite/sobjects",
            "{\"records\":[{\"attributes\":{\"type\":\"Account\"},\"id\":\""
                + id
                + "\",\"Type\":\"Partner\"},{\"attributes\":{\"type\":\"Account\"},\"Name\":\"no id\"}]}");

    assertThat(created.json().get(0).path("success").asBoolean()).isTrue();
    assertThat(created.json().get(1).path("errors").get(0).path("statusCode").asText())
        .isEqualTo("REQUIRED_FIELD_MISSING");
    assertThat(created.json().get(1).has("id")).isFalse();
    assertThat(updated.json().get(0).path("success").asBoolean()).isTrue();
    assertThat(updated.json().get(1).path("errors").get(0).path("statusCode").asText())
        .isEqualTo("MISSING_ARGUMENT");
    assertThat(
            f.api
                .query("SELECT Type FROM Account")
                .json()
                .path("records")
                .get(0)
                .path("Type")
                .asText())
        .isEqualTo("Partner");
  }

  private SalesforceTestClient.Response upsert(JsonNode body) {
    return f.api.patch(UPSERT, Json.text(body));
  }

  private ObjectNode body(boolean allOrNone, int n) {
    ObjectNode body = Json.object();
    body.put("allOrNone", allOrNone);
    ArrayNode records = body.putArray("records");
    for (int i = 0; i < n; i++) {
      ObjectNode r = records.addObject();
      r.putObject("attributes").put("type", "Referral_Commission__c");
      r.put("Refsync_Id__c", "ledger-" + i);
      r.put("Name", "Commission " + i);
      r.put("Amount__c", 12.5 + i);
      r.put("Opportunity__c", opp);
    }
    return body;
  }

  private String opportunity() {
    return f.api
        .post(
            SalesforceTestClient.V + "/sobjects/Opportunity",
            "{\"Name\":\"O\",\"StageName\":\"Closed Won\",\"CloseDate\":\"2026-02-01\"}")
        .json()
        .path("id")
        .asText();
  }

  private int count() {
    return f.api.query("SELECT Id FROM Referral_Commission__c").json().path("totalSize").asInt();
  }
}
