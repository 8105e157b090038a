package dev.refsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.sandbox.core.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HubSpotObjectsIT {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T09:30:00.250Z"));
  private HubSpotEmulator hubspot;
  private HubSpotTestClient client;

  @BeforeEach
  void start() {
    hubspot = HubSpotEmulator.start(HubSpotConfig.defaults(HubSpotTestClient.TOKEN, clock));
    client = new HubSpotTestClient(hubspot.baseUri());
  }

  @AfterEach
  void stop() {
    hubspot.close();
  }

  @Test
  void createThenGetReturnsTheSimplePublicObjectShapeWithClockTimestamps() {
    var created =
        client.post(
            "/crm/v3/objects/contacts",
            "{\"properties\":{\"email\":\"ada@acme.example\",\"firstname\":\"Ada\"}}");
    assertThat(created.status()).isEqualTo(201);
    String id = created.json().path("id").asText();

    JsonNode got = client.get("/crm/v3/objects/contacts/" + id).json();

    assertThat(got.path("properties").path("hs_object_id").asText()).isEqualTo(id);
    assertThat(got.path("properties").path("email").asText()).isEqualTo("ada@acme.example");
    assertThat(got.path("properties").path("createdate").asText())
        .isEqualTo("2026-04-01T09:30:00.250Z");
    assertThat(got.path("properties").path("lastmodifieddate").asText())
        .isEqualTo("2026-04-01T09:30:00.250Z");
    assertThat(got.path("createdAt").asText()).isEqualTo("2026-04-01T09:30:00.250Z");
    assertThat(got.path("updatedAt").asText()).isEqualTo("2026-04-01T09:30:00.250Z");
    assertThat(got.path("archived").asBoolean()).isFalse();
  }

  @Test
  void getAndPatchAcceptAUniqueIdProperty() {
    client.post("/crm/v3/objects/contacts", "{\"properties\":{\"email\":\"grace@x.example\"}}");

    var patched =
        client.patch(
            "/crm/v3/objects/contacts/grace@x.example?idProperty=email",
            "{\"properties\":{\"lastname\":\"Hopper\"}}");
    var got =
        client.get("/crm/v3/objects/contacts/grace@x.example?idProperty=email&properties=lastname");

    assertThat(patched.status()).isEqualTo(200);
    assertThat(got.json().path("properties").path("lastname").asText()).isEqualTo("Hopper");
    assertThat(client.get("/crm/v3/objects/contacts/x?idProperty=firstname").status())
        .isEqualTo(400);
  }

  @Test
  void systemPropertiesAreReadOnly() {
    var r = client.post("/crm/v3/objects/companies", "{\"properties\":{\"hs_object_id\":\"5\"}}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("message").asText()).contains("READ_ONLY_VALUE");
  }

  @Test
  void patchBumpsHsLastmodifieddateFromTheClock() {
    String id = createCompany("acme.example");
    clock.advance(Duration.ofMinutes(5));

    var patched =
        client.patch("/crm/v3/objects/companies/" + id, "{\"properties\":{\"name\":\"Acme\"}}");

    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.json().path("properties").path("hs_lastmodifieddate").asText())
        .isEqualTo("2026-04-01T09:35:00.250Z");
    assertThat(patched.json().path("properties").path("createdate").asText())
        .isEqualTo("2026-04-01T09:30:00.250Z");
  }

  @Test
  void unknownIdIs404WithHubSpotErrorBody() {
    var r = client.get("/crm/v3/objects/deals/999999");

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().path("status").asText()).isEqualTo("error");
    assertThat(r.json().path("category").asText()).isEqualTo("OBJECT_NOT_FOUND");
    assertThat(r.json().path("correlationId").asText()).isNotBlank();
  }

  @Test
  void unknownPropertyIsA400ListingEveryInvalidValue() {
    var r =
        client.post(
            "/crm/v3/objects/deals",
            "{\"properties\":{\"dealname\":\"x\",\"nope\":\"1\",\"amount\":\"abc\"}}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("category").asText()).isEqualTo("VALIDATION_ERROR");
    assertThat(r.json().path("message").asText())
        .startsWith("Property values were not valid")
        .contains("PROPERTY_DOESNT_EXIST")
        .contains("INVALID_INTEGER");
  }

  @Test
  void listPagesWithAfterAndRequestedProperties() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(createCompany("c" + i + ".example"));
    }

    JsonNode first = client.get("/crm/v3/objects/companies?limit=3&properties=domain").json();
    String after = first.path("paging").path("next").path("after").asText();
    JsonNode second = client.get("/crm/v3/objects/companies?limit=3&after=" + after).json();

    assertThat(first.path("results")).hasSize(3);
    assertThat(first.path("results").get(0).path("properties").path("domain").asText())
        .isEqualTo("c0.example");
    assertThat(second.path("results")).hasSize(2);
    assertThat(second.has("paging")).isFalse();
    List<String> seen = new ArrayList<>();
    first.path("results").forEach(n -> seen.add(n.path("id").asText()));
    second.path("results").forEach(n -> seen.add(n.path("id").asText()));
    assertThat(seen).containsExactlyElementsOf(ids);
  }

  @Test
  void listLimitAbove100IsRejected() {
    assertThat(client.get("/crm/v3/objects/companies?limit=101").status()).isEqualTo(400);
  }

  @Test
  void archivedRecordsLeaveTheListAndAppearWithArchivedTrue() {
    String keep = createCompany("keep.example");
    String gone = createCompany("gone.example");

    var archived =
        client.post(
            "/crm/v3/objects/companies/batch/archive", "{\"inputs\":[{\"id\":\"" + gone + "\"}]}");

    assertThat(archived.status()).isEqualTo(204);
    JsonNode live = client.get("/crm/v3/objects/companies").json().path("results");
    assertThat(live).hasSize(1);
    assertThat(live.get(0).path("id").asText()).isEqualTo(keep);
    JsonNode old = client.get("/crm/v3/objects/companies?archived=true").json().path("results");
    assertThat(old).hasSize(1);
    assertThat(old.get(0).path("archived").asBoolean()).isTrue();
    assertThat(old.get(0).path("archivedAt").asText()).isNotBlank();
    assertThat(client.get("/crm/v3/objects/companies/" + gone).status()).isEqualTo(404);
  }

  @Test
  void batchCreateThenBatchReadByIdAndByUniqueProperty() {
    var created =
        client.post(
            "/crm/v3/objects/contacts/batch/create",
            "{\"inputs\":[{\"properties\":{\"email\":\"a@x.example\"}},"
                + "{\"properties\":{\"email\":\"b@x.example\"}}]}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().path("status").asText()).isEqualTo("COMPLETE");
    String idA = created.json().path("results").get(0).path("id").asText();

    JsonNode byId =
        client
            .post(
                "/crm/v3/objects/contacts/batch/read",
                "{\"properties\":[\"email\"],\"inputs\":[{\"id\":\"" + idA + "\"}]}")
            .json();
    JsonNode byEmail =
        client
            .post(
                "/crm/v3/objects/contacts/batch/read",
                "{\"idProperty\":\"email\",\"properties\":[\"email\"],"
                    + "\"inputs\":[{\"id\":\"b@x.example\"}]}")
            .json();

    assertThat(byId.path("results").get(0).path("properties").path("email").asText())
        .isEqualTo("a@x.example");
    assertThat(byEmail.path("results").get(0).path("properties").path("email").asText())
        .isEqualTo("b@x.example");
  }

  @Test
  void batchReadWithMissingIdsAnswers207WithResultsAndErrors() {
    String id = createCompany("there.example");

    var r =
        client.post(
            "/crm/v3/objects/companies/batch/read",
            "{\"inputs\":[{\"id\":\"" + id + "\"},{\"id\":\"424242\"}]}");

    assertThat(r.status()).isEqualTo(207);
    assertThat(r.json().path("results")).hasSize(1);
    assertThat(r.json().path("numErrors").asInt()).isEqualTo(1);
    JsonNode error = r.json().path("errors").get(0);
    assertThat(error.path("category").asText()).isEqualTo("OBJECT_NOT_FOUND");
    assertThat(error.path("context").path("ids").get(0).asText()).isEqualTo("424242");
  }

  @Test
  void batchUpdateChangesOnlyNamedRecords() {
    String a = createCompany("a.example");
    String b = createCompany("b.example");
    clock.advance(Duration.ofSeconds(30));

    var r =
        client.post(
            "/crm/v3/objects/companies/batch/update",
            "{\"inputs\":[{\"id\":\"" + a + "\",\"properties\":{\"name\":\"A\"}}]}");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("results").get(0).path("properties").path("name").asText())
        .isEqualTo("A");
    assertThat(client.get("/crm/v3/objects/companies/" + b).json().path("updatedAt").asText())
        .isEqualTo("2026-04-01T09:30:00.250Z");
  }

  @Test
  void moreThan100InputsIsRejected() {
    StringBuilder inputs = new StringBuilder();
    for (int i = 0; i < 101; i++) {
      inputs
          .append(i == 0 ? "" : ",")
          .append("{\"properties\":{\"name\":\"n")
          .append(i)
          .append("\"}}");
    }

    var r = client.post("/crm/v3/objects/companies/batch/create", "{\"inputs\":[" + inputs + "]}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("message").asText()).contains("101");
  }

  @Test
  void duplicateUniqueValueOnCreateIs409WithExistingId() {
    var first =
        client.post("/crm/v3/objects/contacts", "{\"properties\":{\"email\":\"dup@x.example\"}}");

    var second =
        client.post("/crm/v3/objects/contacts", "{\"properties\":{\"email\":\"dup@x.example\"}}");

    assertThat(second.status()).isEqualTo(409);
    assertThat(second.json().path("category").asText()).isEqualTo("CONFLICT");
    assertThat(second.json().path("message").asText())
        .isEqualTo("Contact already exists. Existing ID: " + first.json().path("id").asText());
  }

  private String createCompany(String domain) {
    return client
        .post("/crm/v3/objects/companies", "{\"properties\":{\"domain\":\"" + domain + "\"}}")
        .json()
        .path("id")
        .asText();
  }
}
