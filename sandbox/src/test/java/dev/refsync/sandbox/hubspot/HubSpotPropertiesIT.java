package dev.refsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.sandbox.core.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HubSpotPropertiesIT {

  private HubSpotEmulator hubspot;
  private HubSpotTestClient client;

  @BeforeEach
  void start() {
    hubspot =
        HubSpotEmulator.start(
            HubSpotConfig.defaults(
                HubSpotTestClient.TOKEN, new MutableClock(Instant.parse("2026-01-01T00:00:00Z"))));
    client = new HubSpotTestClient(hubspot.baseUri());
  }

  @AfterEach
  void stop() {
    hubspot.close();
  }

  @Test
  void listsTheDefaultPropertiesWithTypes() {
    JsonNode results = client.get("/crm/v3/properties/deals").json().path("results");

    List<String> names = new ArrayList<>();
    results.forEach(p -> names.add(p.path("name").asText()));
    assertThat(names).contains("amount", "dealstage", "closedate", "hs_lastmodifieddate");
    JsonNode closedate = client.get("/crm/v3/properties/deals/closedate").json();
    assertThat(closedate.path("type").asText()).isEqualTo("datetime");
    assertThat(closedate.path("hasUniqueValue").asBoolean()).isFalse();
  }

  @Test
  void createsAGroupAndAPropertyInItThen409OnDuplicates() {
    var group =
        client.post(
            "/crm/v3/properties/deals/groups",
            "{\"name\":\"refsync\",\"label\":\"Referral (Refsync)\",\"displayOrder\":5}");
    String property =
        "{\"name\":\"referral_source\",\"label\":\"Referral source\",\"type\":\"enumeration\","
            + "\"fieldType\":\"select\",\"groupName\":\"refsync\",\"options\":["
            + "{\"label\":\"Partner\",\"value\":\"partner\"},{\"label\":\"Customer\",\"value\":\"customer\"}]}";
    var created = client.post("/crm/v3/properties/deals", property);
    var duplicate = client.post("/crm/v3/properties/deals", property);
    var duplicateGroup =
        client.post("/crm/v3/properties/deals/groups", "{\"name\":\"refsync\",\"label\":\"x\"}");

    assertThat(group.status()).isEqualTo(201);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().path("groupName").asText()).isEqualTo("refsync");
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.json().path("category").asText()).isEqualTo("OBJECT_ALREADY_EXISTS");
    assertThat(duplicateGroup.status()).isEqualTo(409);
    JsonNode groups = client.get("/crm/v3/properties/deals/groups").json().path("results");
    assertThat(groups.findValuesAsText("name")).contains("dealinformation", "refsync");
  }

  @Test
  void enumerationValuesAreCheckedOnWrite() {
    client.post("/crm/v3/properties/deals/groups", "{\"name\":\"refsync\",\"label\":\"R\"}");
    client.post(
        "/crm/v3/properties/deals",
        "{\"name\":\"referral_source\",\"label\":\"Referral source\",\"type\":\"enumeration\","
            + "\"fieldType\":\"select\",\"groupName\":\"refsync\",\"options\":[{\"label\":\"Partner\",\"value\":\"partner\"}]}");

    var bad =
        client.post("/crm/v3/objects/deals", "{\"properties\":{\"referral_source\":\"nope\"}}");
    var good =
        client.post("/crm/v3/objects/deals", "{\"properties\":{\"referral_source\":\"partner\"}}");

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("message").asText()).contains("INVALID_OPTION");
    assertThat(good.status()).isEqualTo(201);
  }

  @Test
  void aPropertyWithoutRequiredFieldsListsAllOfThem() {
    var r = client.post("/crm/v3/properties/contacts", "{\"name\":\"x\"}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("message").asText())
        .contains("label is required")
        .contains("type is required")
        .contains("fieldType is required")
        .contains("groupName is required");
  }
}
