package dev.refsync.salesforce.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.EntryKind;
import dev.refsync.sandbox.salesforce.SalesforceSeedSpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A referral deleted in Salesforce withdraws the attribution of an opportunity that still exists:
 * the planner clears the opportunity's referral fields and the ledger's CLAWBACK is written with
 * the opportunity lookup.
 */
class WithdrawnReferralIT {
  private final SyncedOrg synced = new SyncedOrg();

  @AfterEach
  void stop() {
    synced.close();
  }

  @Test
  void aDeletedReferralClearsTheOpportunityAndClawsBack() throws Exception {
    synced.seedReferredOrg(new SalesforceSeedSpec(37, 200, 0, 0, 600), 1);
    synced.cycle();
    CommissionEntry accrual =
        synced.store.inTransaction(tx -> tx.ledger().entries()).stream()
            .filter(e -> e.kind() == EntryKind.ACCRUAL)
            .findFirst()
            .orElseThrow();
    String dealId = accrual.dealId();
    String referralId = accrual.referralId();
    assertThat(synced.records("Opportunity").get(dealId).path("Referral_Id__c").asText())
        .isEqualTo(referralId);

    synced.org.clock.advance(Duration.ofMinutes(5));
    delete("Referral__c", referralId);
    synced.org.clock.advance(Duration.ofMinutes(5));
    synced.cycle();

    List<Attribution> after = synced.store.inTransaction(tx -> tx.attributions().attributions());
    assertThat(after).extracting(Attribution::dealId).doesNotContain(dealId);
    JsonNode opportunity = synced.records("Opportunity").get(dealId);
    assertThat(opportunity.path("Referral_Id__c").isNull()).isTrue();
    assertThat(opportunity.path("Referral_Partner__c").isNull()).isTrue();
    List<CommissionEntry> ledger = synced.store.inTransaction(tx -> tx.ledger().entries());
    CommissionEntry clawback =
        ledger.stream()
            .filter(e -> e.kind() == EntryKind.CLAWBACK && dealId.equals(e.dealId()))
            .findFirst()
            .orElseThrow();
    assertThat(synced.records("Referral_Commission__c").values())
        .filteredOn(c -> c.path("Refsync_Id__c").asText().equals(clawback.id()))
        .singleElement()
        .satisfies(c -> assertThat(c.path("Opportunity__c").asText()).isEqualTo(dealId));
  }

  /** Deletes a record through the REST API, as a user emptying nothing from the bin would. */
  private void delete(String type, String id) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    synced.org.sf.baseUri() + "/services/data/v62.0/sobjects/" + type + "/" + id))
            .header("Authorization", "Bearer " + synced.org.sf.issueSession())
            .DELETE()
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(204);
  }
}
