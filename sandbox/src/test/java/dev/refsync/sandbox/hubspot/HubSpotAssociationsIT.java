package dev.refsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.sandbox.core.MutableClock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HubSpotAssociationsIT {

  private HubSpotEmulator hubspot;
  private HubSpotTestClient client;
  private String deal;
  private String contact;

  @BeforeEach
  void start() {
    hubspot =
        HubSpotEmulator.start(
            HubSpotConfig.defaults(
                HubSpotTestClient.TOKEN, new MutableClock(Instant.parse("2026-01-01T00:00:00Z"))));
    client = new HubSpotTestClient(hubspot.baseUri());
    deal = id(client.post("/crm/v3/objects/deals", "{\"properties\":{\"dealname\":\"D\"}}"));
    contact =
        id(client.post("/crm/v3/objects/contacts", "{\"properties\":{\"email\":\"c@x.example\"}}"));
  }

  @AfterEach
  void stop() {
    hubspot.close();
  }

  @Test
  void aLabelCreatedForDealsToContactsIsListedAndUsableInBatchCreate() {
    var label =
        client.post(
            "/crm/v4/associations/deals/contacts/labels",
            "{\"label\":\"Referrer\",\"name\":\"referrer\"}");
    assertThat(label.status()).isEqualTo(200);
    JsonNode def = label.json().path("results").get(0);
    assertThat(def.path("category").asText()).isEqualTo("USER_DEFINED");
    int typeId = def.path("typeId").asInt();

    var created =
        client.post(
            "/crm/v4/associations/deals/contacts/batch/create",
            "{\"inputs\":[{\"from\":{\"id\":\""
                + deal
                + "\"},\"to\":{\"id\":\""
                + contact
                + "\"},"
                + "\"types\":[{\"associationCategory\":\"USER_DEFINED\",\"associationTypeId\":"
                + typeId
                + "}]}]}");

    assertThat(created.status()).isEqualTo(201);
    JsonNode result = created.json().path("results").get(0);
    assertThat(result.path("fromObjectTypeId").asText()).isEqualTo("0-3");
    assertThat(result.path("toObjectTypeId").asText()).isEqualTo("0-1");
    assertThat(result.path("labels").get(0).asText()).isEqualTo("Referrer");
    JsonNode labels =
        client.get("/crm/v4/associations/deals/contacts/labels").json().path("results");
    assertThat(labels.findValuesAsText("label")).contains("Referrer");
  }

  @Test
  void batchReadReturnsTypesWithLabelsInBothDirections() {
    client.post(
        "/crm/v4/associations/deals/contacts/batch/create",
        "{\"inputs\":[{\"from\":{\"id\":\""
            + deal
            + "\"},\"to\":{\"id\":\""
            + contact
            + "\"},"
            + "\"types\":[{\"associationCategory\":\"HUBSPOT_DEFINED\",\"associationTypeId\":3}]}]}");

    JsonNode forward =
        client
            .post(
                "/crm/v4/associations/deals/contacts/batch/read",
                "{\"inputs\":[{\"id\":\"" + deal + "\"}]}")
            .json();
    JsonNode back =
        client
            .post(
                "/crm/v4/associations/contacts/deals/batch/read",
                "{\"inputs\":[{\"id\":\"" + contact + "\"}]}")
            .json();

    JsonNode f = forward.path("results").get(0);
    assertThat(f.path("from").path("id").asText()).isEqualTo(deal);
    assertThat(f.path("to").get(0).path("toObjectId").asText()).isEqualTo(contact);
    JsonNode type = f.path("to").get(0).path("associationTypes").get(0);
    assertThat(type.path("category").asText()).isEqualTo("HUBSPOT_DEFINED");
    assertThat(type.path("typeId").asInt()).isEqualTo(3);
    assertThat(type.has("label")).isTrue();
    assertThat(
            back.path("results")
                .get(0)
                .path("to")
                .get(0)
                .path("associationTypes")
                .get(0)
                .path("typeId")
                .asInt())
        .isEqualTo(4);
  }

  @Test
  void aTypeThatDoesNotBelongToThePairIsRejectedAndMissingRecordsGive207() {
    var wrongType =
        client.post(
            "/crm/v4/associations/deals/contacts/batch/create",
            "{\"inputs\":[{\"from\":{\"id\":\""
                + deal
                + "\"},\"to\":{\"id\":\""
                + contact
                + "\"},"
                + "\"types\":[{\"associationCategory\":\"HUBSPOT_DEFINED\",\"associationTypeId\":279}]}]}");
    var missing =
        client.post(
            "/crm/v4/associations/deals/contacts/batch/create",
            "{\"inputs\":[{\"from\":{\"id\":\""
                + deal
                + "\"},\"to\":{\"id\":\"999999\"},"
                + "\"types\":[{\"associationCategory\":\"HUBSPOT_DEFINED\",\"associationTypeId\":3}]}]}");
    var none =
        client.post(
            "/crm/v4/associations/deals/companies/batch/read",
            "{\"inputs\":[{\"id\":\"" + deal + "\"}]}");

    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(missing.status()).isEqualTo(207);
    assertThat(missing.json().path("errors").get(0).path("category").asText())
        .isEqualTo("OBJECT_NOT_FOUND");
    assertThat(none.status()).isEqualTo(207);
  }

  @Test
  void batchArchiveRemovesBothDirections() {
    client.post(
        "/crm/v4/associations/deals/contacts/batch/create",
        "{\"inputs\":[{\"from\":{\"id\":\""
            + deal
            + "\"},\"to\":{\"id\":\""
            + contact
            + "\"},"
            + "\"types\":[{\"associationCategory\":\"HUBSPOT_DEFINED\",\"associationTypeId\":3}]}]}");

    var archived =
        client.post(
            "/crm/v4/associations/deals/contacts/batch/archive",
            "{\"inputs\":[{\"from\":{\"id\":\""
                + deal
                + "\"},\"to\":[{\"id\":\""
                + contact
                + "\"}]}]}");

    assertThat(archived.status()).isEqualTo(204);
    assertThat(
            client
                .post(
                    "/crm/v4/associations/contacts/deals/batch/read",
                    "{\"inputs\":[{\"id\":\"" + contact + "\"}]}")
                .json()
                .path("results"))
        .isEmpty();
  }

  private static String id(HubSpotTestClient.Response r) {
    assertThat(r.status()).isEqualTo(201);
    return r.json().path("id").asText();
  }
}
