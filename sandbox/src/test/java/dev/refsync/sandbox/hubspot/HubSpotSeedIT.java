package dev.refsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.sandbox.core.MutableClock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HubSpotSeedIT {

  private static final Instant START = Instant.parse("2026-02-01T00:00:00Z");

  @Test
  void theSameSeedGivesTheSamePortal() {
    try (HubSpotEmulator a = emulator();
        HubSpotEmulator b = emulator();
        HubSpotEmulator c = emulator()) {
      a.seed(new SeedSpec(7, 5, 12, 9));
      b.seed(new SeedSpec(7, 5, 12, 9));
      c.seed(new SeedSpec(8, 5, 12, 9));

      assertThat(a.stateDump()).isEqualTo(b.stateDump());
      assertThat(a.stateDump()).isNotEqualTo(c.stateDump());
    }
  }

  @Test
  void seededRecordsAreServedOverHttpWithTheirAssociations() {
    try (HubSpotEmulator hubspot = emulator()) {
      SeedResult seeded = hubspot.seed(new SeedSpec(42, 3, 10, 6));
      HubSpotTestClient client = new HubSpotTestClient(hubspot.baseUri());

      assertThat(seeded.companyIds()).hasSize(3);
      assertThat(seeded.contactIds()).hasSize(10);
      assertThat(seeded.dealIds()).hasSize(6);
      JsonNode companies = client.get("/crm/v3/objects/companies?properties=domain").json();
      companies
          .path("results")
          .forEach(
              n ->
                  assertThat(n.path("properties").path("domain").asText())
                      .matches("[a-z]+-\\d+\\.com"));
      JsonNode deal =
          client.get("/crm/v3/objects/deals/" + seeded.dealIds().get(0)).json().path("properties");
      assertThat(deal.path("amount").asText()).matches("\\d+\\.\\d{2}");
      assertThat(BuiltInTypes.DEAL_STAGES).contains(deal.path("dealstage").asText());
      assertThat(deal.path("closedate").asText()).isNotBlank();

      JsonNode toContacts =
          client
              .post(
                  "/crm/v4/associations/deals/contacts/batch/read",
                  "{\"inputs\":[{\"id\":\"" + seeded.dealIds().get(0) + "\"}]}")
              .json();
      assertThat(
              toContacts
                  .path("results")
                  .get(0)
                  .path("to")
                  .get(0)
                  .path("associationTypes")
                  .findValuesAsText("label"))
          .containsAnyOf("Referrer", "Decision maker");
      JsonNode toCompany =
          client
              .post(
                  "/crm/v4/associations/deals/companies/batch/read",
                  "{\"inputs\":[{\"id\":\"" + seeded.dealIds().get(0) + "\"}]}")
              .json();
      assertThat(toCompany.path("results").get(0).path("to")).hasSize(1);
      assertThat(hubspot.drainWebhookEvents()).isEmpty();
    }
  }

  @Test
  void seedingRecordsNoWebhookEventsButKeepsThoseAlreadyOwed() {
    try (HubSpotEmulator hubspot = emulator()) {
      new HubSpotTestClient(hubspot.baseUri())
          .post("/crm/v3/objects/companies", "{\"properties\":{\"name\":\"before\"}}");

      hubspot.seed(new SeedSpec(3, 2, 2, 2));

      assertThat(hubspot.drainWebhookEvents())
          .extracting(WebhookEvent::subscriptionType)
          .containsExactly("company.creation");
    }
  }

  @Test
  void contactsWithoutCompaniesAreRejected() {
    assertThatThrownBy(() -> new SeedSpec(1, 0, 3, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static HubSpotEmulator emulator() {
    return HubSpotEmulator.start(
        HubSpotConfig.defaults(HubSpotTestClient.TOKEN, new MutableClock(START)));
  }
}
