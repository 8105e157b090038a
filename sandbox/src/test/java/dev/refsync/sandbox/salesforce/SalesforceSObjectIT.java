package dev.refsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SalesforceSObjectIT {

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
  void createRetrieveUpdateWithKeyPrefixesAndAuditFields() {
    var created =
        f.api.post(V + "/sobjects/Contact", "{\"FirstName\":\"Ada\",\"LastName\":\"Lovelace\"}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().path("success").asBoolean()).isTrue();
    String id = created.json().path("id").asText();
    assertThat(id).hasSize(18).startsWith("003");

    f.clock.advance(Duration.ofSeconds(90));
    var updated = f.api.patch(V + "/sobjects/Contact/" + id, "{\"Email\":\"ada@example.com\"}");
    JsonNode r = f.api.get(V + "/sobjects/Contact/" + id).json();

    assertThat(updated.status()).isEqualTo(204);
    assertThat(r.path("attributes").path("type").asText()).isEqualTo("Contact");
    assertThat(r.path("Name").asText()).isEqualTo("Ada Lovelace");
    assertThat(r.path("Email").asText()).isEqualTo("ada@example.com");
    assertThat(r.path("IsDeleted").asBoolean()).isFalse();
    assertThat(r.path("CreatedDate").asText()).isEqualTo("2026-03-01T10:00:00.000+0000");
    assertThat(r.path("LastModifiedDate").asText()).isEqualTo("2026-03-01T10:01:30.000+0000");
    assertThat(r.path("SystemModstamp").asText()).isEqualTo("2026-03-01T10:01:30.000+0000");
  }

  @Test
  void eachStandardObjectGetsItsKeyPrefix() {
    String account = id(f.api.post(V + "/sobjects/Account", "{\"Name\":\"A\"}"));
    String contact =
        id(
            f.api.post(
                V + "/sobjects/Contact", "{\"LastName\":\"C\",\"AccountId\":\"" + account + "\"}"));
    String lead = id(f.api.post(V + "/sobjects/Lead", "{\"LastName\":\"L\",\"Company\":\"Co\"}"));
    String opp =
        id(
            f.api.post(
                V + "/sobjects/Opportunity",
                "{\"Name\":\"O\",\"StageName\":\"Prospecting\",\"CloseDate\":\"2026-05-01\"}"));
    String role =
        id(
            f.api.post(
                V + "/sobjects/OpportunityContactRole",
                "{\"OpportunityId\":\"" + opp + "\",\"ContactId\":\"" + contact + "\"}"));

    assertThat(account).startsWith("001");
    assertThat(contact).startsWith("003");
    assertThat(lead).startsWith("00Q");
    assertThat(opp).startsWith("006");
    assertThat(role).startsWith("00K");
  }

  @Test
  void everyProblemWithAWriteIsReportedAtOnce() {
    var r =
        f.api.post(
            V + "/sobjects/Opportunity",
            "{\"Name\":\"O\",\"Amount\":\"lots\",\"Bogus__c\":1,\"CreatedDate\":\"2026-01-01T00:00:00Z\"}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json())
        .extracting(e -> e.path("errorCode").asText())
        .containsExactlyInAnyOrder(
            "INVALID_TYPE_ON_FIELD_IN_RECORD", "INVALID_FIELD", "INVALID_FIELD_FOR_INSERT_UPDATE");
    assertThat(f.api.query("SELECT Id FROM Opportunity").json().path("totalSize").asInt()).isZero();
  }

  @Test
  void valuesAreCheckedAgainstLengthAndPrecisionAndRoundedToTheFieldScale() {
    var tooLong = f.api.post(V + "/sobjects/Account", "{\"Name\":\"" + "x".repeat(256) + "\"}");
    var tooBig =
        f.api.post(
            V + "/sobjects/Opportunity",
            "{\"Name\":\"O\",\"StageName\":\"Prospecting\",\"CloseDate\":\"2026-05-01\","
                + "\"Amount\":1e20}");
    String rounded =
        id(
            f.api.post(
                V + "/sobjects/Opportunity",
                "{\"Name\":\"O\",\"StageName\":\"Prospecting\",\"CloseDate\":\"2026-05-01\","
                    + "\"Amount\":100.505}"));

    assertThat(tooLong.json().get(0).path("errorCode").asText()).isEqualTo("STRING_TOO_LONG");
    assertThat(tooBig.json().get(0).path("errorCode").asText())
        .isEqualTo("NUMBER_OUTSIDE_VALID_RANGE");
    assertThat(
            f.api.get(V + "/sobjects/Opportunity/" + rounded).json().path("Amount").decimalValue())
        .isEqualByComparingTo("100.51");
  }

  @Test
  void missingRequiredFieldsAreListed() {
    var r = f.api.post(V + "/sobjects/Opportunity", "{\"Name\":\"O\"}");

    assertThat(r.status()).isEqualTo(400);
    JsonNode e = r.json().get(0);
    assertThat(e.path("errorCode").asText()).isEqualTo("REQUIRED_FIELD_MISSING");
    assertThat(e.path("message").asText())
        .isEqualTo("Required fields are missing: [StageName,CloseDate]");
    assertThat(e.path("fields"))
        .extracting(JsonNode::asText)
        .containsExactly("StageName", "CloseDate");
  }

  @Test
  void aReferenceToAMissingRecordIsRefused() {
    var r =
        f.api.post(
            V + "/sobjects/Contact", "{\"LastName\":\"C\",\"AccountId\":\"001000000000001AAA\"}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get(0).path("errorCode").asText()).isEqualTo("INVALID_CROSS_REFERENCE_KEY");
  }

  @Test
  void unknownRecordsAndTypesAre404NotFound() {
    var record = f.api.get(V + "/sobjects/Account/001000000000001AAA");
    var type = f.api.post(V + "/sobjects/Nope__c", "{}");

    assertThat(record.status()).isEqualTo(404);
    assertThat(record.json().get(0).path("errorCode").asText()).isEqualTo("NOT_FOUND");
    assertThat(type.status()).isEqualTo(404);
  }

  @Test
  void retrieveWithFieldsReturnsOnlyThose() {
    String account =
        id(f.api.post(V + "/sobjects/Account", "{\"Name\":\"A\",\"Website\":\"a.example\"}"));

    JsonNode r = f.api.get(V + "/sobjects/Account/" + account + "?fields=Name,Website").json();

    assertThat(r.has("Name")).isTrue();
    assertThat(r.has("Website")).isTrue();
    assertThat(r.has("CreatedDate")).isFalse();
  }

  @Test
  void anyApiVersionIsServedButNotAMalformedOne() {
    assertThat(f.api.get("/services/data/v58.0/limits").status()).isEqualTo(200);
    assertThat(f.api.get("/services/data/62/limits").status()).isEqualTo(404);
    assertThat(f.anonymous().get("/services/data").json().get(0).path("version").asText())
        .isEqualTo("62.0");
  }

  private static String id(SalesforceTestClient.Response r) {
    assertThat(r.status()).as(r.raw()).isEqualTo(201);
    return r.json().path("id").asText();
  }
}
