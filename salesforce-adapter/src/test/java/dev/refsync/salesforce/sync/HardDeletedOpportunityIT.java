package dev.refsync.salesforce.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.EntryKind;
import dev.refsync.sandbox.salesforce.SalesforceEndpoints;
import dev.refsync.sandbox.salesforce.SalesforceSeedSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An attributed opportunity purged from the recycle bin is invisible to {@code queryAll}; the
 * delete log ("sObject Get Deleted") reports it, its attribution is withdrawn and the ledger
 * reverses its commission with a CLAWBACK, which reaches Salesforce as its own commission record.
 */
class HardDeletedOpportunityIT {
  private final SyncedOrg synced = new SyncedOrg();

  @AfterEach
  void stop() {
    synced.close();
  }

  @Test
  void aPurgedOpportunityLosesItsAttributionAndItsCommissionIsClawedBack() {
    synced.seedReferredOrg(new SalesforceSeedSpec(5, 200, 400, 0, 600), 1);
    synced.cycle();
    List<CommissionEntry> ledger = synced.store.inTransaction(tx -> tx.ledger().entries());
    CommissionEntry accrual =
        ledger.stream().filter(e -> e.kind() == EntryKind.ACCRUAL).findFirst().orElseThrow();
    String dealId = accrual.dealId();

    synced.org.clock.advance(Duration.ofMinutes(5));
    assertThat(synced.org.sf.hardDelete(dealId)).isTrue();
    synced.org.clock.advance(Duration.ofMinutes(5));
    Map<String, Long> before = synced.counts();
    synced.cycle();

    assertThat(SyncedOrg.diff(before, synced.counts(), SalesforceEndpoints.GET_DELETED))
        .isEqualTo(1);
    List<Attribution> attributions =
        synced.store.inTransaction(tx -> tx.attributions().attributions());
    assertThat(attributions).extracting(Attribution::dealId).doesNotContain(dealId);
    List<CommissionEntry> after = synced.store.inTransaction(tx -> tx.ledger().entries());
    CommissionEntry clawback =
        after.stream()
            .filter(e -> e.kind() == EntryKind.CLAWBACK && dealId.equals(e.dealId()))
            .findFirst()
            .orElseThrow();
    assertThat(clawback.amount()).isEqualByComparingTo(accrual.amount().negate());

    Map<String, JsonNode> commissions = synced.records("Referral_Commission__c");
    JsonNode written =
        commissions.values().stream()
            .filter(c -> c.path("Refsync_Id__c").asText().equals(clawback.id()))
            .findFirst()
            .orElseThrow();
    assertThat(written.path("Kind__c").asText()).isEqualTo("CLAWBACK");
    assertThat(written.path("Opportunity__c").isNull()).isTrue();
    assertThat(commissions.values())
        .filteredOn(c -> c.path("Refsync_Id__c").asText().equals(accrual.id()))
        .singleElement()
        .satisfies(c -> assertThat(c.path("Opportunity__c").isNull()).isTrue());
  }
}
