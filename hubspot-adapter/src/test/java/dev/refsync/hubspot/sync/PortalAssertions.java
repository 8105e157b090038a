package dev.refsync.hubspot.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.CommissionEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Assertions on the EMULATOR's state (what a rep sees), not on Refsync's bookkeeping. */
final class PortalAssertions {
  private PortalAssertions() {}

  /** Every attributed deal carries its leading referral; every entry is one associated record. */
  static void assertWrittenBack(PipelineHarness h) {
    List<Attribution> attributions = h.store.inTransaction(tx -> tx.attributions().attributions());
    List<CommissionEntry> ledger = h.store.inTransaction(tx -> tx.ledger().entries());
    assertThat(attributions).isNotEmpty();
    assertThat(ledger).isNotEmpty();
    JsonNode state = h.state();

    Map<String, JsonNode> deals = new HashMap<>();
    PipelineHarness.objects(state, "deals").forEach(d -> deals.put(d.path("id").asText(), d));
    for (Attribution a : attributions) {
      JsonNode deal = deals.get(a.dealId());
      assertThat(deal).as("deal %s", a.dealId()).isNotNull();
      assertThat(deal.path("properties").path("refsync_referral_id").asText())
          .as("referral on deal %s", a.dealId())
          .isEqualTo(a.credits().get(0).referralId());
      assertThat(deal.path("properties").path("refsync_attribution").asText())
          .startsWith(a.model().name());
    }

    JsonNode schema = state.path("schemas").get(0);
    String typeId = schema.path("objectTypeId").asText();
    List<JsonNode> commissions = PipelineHarness.objects(state, "referral_commission");
    Map<String, List<JsonNode>> byRefsyncId = new HashMap<>();
    for (JsonNode c : commissions) {
      byRefsyncId
          .computeIfAbsent(
              c.path("properties").path("refsync_id").asText(), k -> new java.util.ArrayList<>())
          .add(c);
    }
    Map<String, List<String>> associated = PipelineHarness.associatedDeals(state, typeId);
    assertThat(commissions).hasSize(ledger.size());
    for (CommissionEntry e : ledger) {
      List<JsonNode> records = byRefsyncId.getOrDefault(e.id(), List.of());
      assertThat(records).as("commission records of entry %s", e.id()).hasSize(1);
      JsonNode record = records.get(0);
      assertThat(record.path("properties").path("refsync_amount").asText())
          .isEqualTo(e.amount().toPlainString());
      assertThat(associated.get(record.path("id").asText()))
          .as("deals of commission %s", e.id())
          .containsExactly(e.dealId());
    }
  }

  /**
   * Every stored contact carries the labels of its deal associations in the portal as roles and its
   * primary company as account; every deal its primary company.
   */
  static void assertAssociationsRead(PipelineHarness h) {
    JsonNode state = h.state();
    Map<String, java.util.Set<String>> roles = new HashMap<>();
    for (JsonNode a : state.path("associations")) {
      String from = a.path("from").asText();
      if (from.startsWith("0-1/") && from.endsWith("->0-3")) {
        String contact = from.substring(4, from.indexOf("->"));
        for (JsonNode t : a.path("types")) {
          if (!t.path("label").isNull() && !t.path("label").asText().isEmpty()) {
            roles
                .computeIfAbsent(contact, k -> new java.util.TreeSet<>())
                .add(t.path("label").asText().toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
          }
        }
      }
    }
    Map<String, String> contactCompany = PipelineHarness.primaryCompanies(state, "contacts", 1);
    Map<String, String> dealCompany = PipelineHarness.primaryCompanies(state, "deals", 5);
    dev.refsync.core.engine.CanonicalDataset data =
        h.store.inTransaction(tx -> tx.snapshots().loadDataset());
    assertThat(roles.values()).anySatisfy(r -> assertThat(r).contains("REFERRER"));
    assertThat(data.contacts())
        .allSatisfy(
            c -> {
              assertThat(c.roles())
                  .as("roles of %s", c.id())
                  .isEqualTo(roles.getOrDefault(c.id(), java.util.Set.of()));
              assertThat(c.accountId())
                  .as("account of %s", c.id())
                  .isEqualTo(contactCompany.get(c.id()));
            });
    assertThat(data.deals())
        .allSatisfy(
            d ->
                assertThat(d.accountId())
                    .as("account of %s", d.id())
                    .isEqualTo(dealCompany.get(d.id())));
  }
}
