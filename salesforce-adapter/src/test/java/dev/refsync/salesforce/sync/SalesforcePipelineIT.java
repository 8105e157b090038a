package dev.refsync.salesforce.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import dev.refsync.sandbox.salesforce.SalesforceEndpoints;
import dev.refsync.sandbox.salesforce.SalesforceSeedResult;
import dev.refsync.sandbox.salesforce.SalesforceSeedSpec;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline against a seeded org over real HTTP with an H2 store: 2,000 accounts, 10,000
 * contacts, 3,000 opportunities with contact roles and referrals sync; the emulator then holds the
 * referral fields on every attributed closed-won opportunity and each ledger entry once as a
 * commission record; a second cycle with no change makes one query per object and writes nothing.
 */
class SalesforcePipelineIT {
  private final SyncedOrg synced = new SyncedOrg();

  @AfterEach
  void stop() {
    synced.close();
  }

  @Test
  void aSeededOrgSyncsAndASecondCycleReadsOnceAndWritesNothing() {
    SalesforceSeedResult seeded =
        synced.org.sf.seed(new SalesforceSeedSpec(11, 2_000, 10_000, 200, 3_000));
    synced.defineReferralObjects();
    ReferralSeed.referrals(synced.org.sf, seeded, synced.org.clock.instant(), 2);
    ReferralSeed.referredLeads(synced.org.sf, seeded, 5);
    assertThat(synced.runtime.provisionApply()).allMatch(r -> r.success());

    synced.cycle();

    List<Attribution> attributions =
        synced.store.inTransaction(tx -> tx.attributions().attributions());
    List<CommissionEntry> ledger = synced.store.inTransaction(tx -> tx.ledger().entries());
    CanonicalDataset data = synced.store.inTransaction(tx -> tx.snapshots().loadDataset());
    assertThat(data.accounts()).hasSize(2_000);
    assertThat(data.contacts()).hasSize(10_000);
    assertThat(data.deals()).hasSize(3_000);
    assertThat(data.referrals()).hasSizeGreaterThan(700);
    assertThat(data.contacts())
        .filteredOn(c -> c.roles().contains("DECISION_MAKER"))
        .hasSizeGreaterThan(1_000);
    assertThat(attributions).hasSizeGreaterThan(50);
    assertThat(ledger).hasSizeGreaterThan(50);

    Map<String, JsonNode> opportunities = synced.records("Opportunity");
    Map<String, Referral> referrals = byId(data.referrals(), Referral::id);
    Map<String, Referrer> referrers = byId(data.referrers(), Referrer::id);
    Map<String, Attribution> byDeal = byId(attributions, Attribution::dealId);
    for (Attribution a : attributions) {
      JsonNode opportunity = opportunities.get(a.dealId());
      assertThat(opportunity.path("StageName").asText()).isEqualTo("Closed Won");
      String referralId = a.credits().get(0).referralId();
      assertThat(opportunity.path("Referral_Id__c").asText()).isEqualTo(referralId);
      assertThat(opportunity.path("Referral_Partner__c").asText())
          .isEqualTo(referrers.get(referrals.get(referralId).referrerId()).name());
      assertThat(opportunity.path("Referral_Attribution__c").asText()).startsWith("LAST_REFERRAL");
    }
    opportunities.forEach(
        (id, o) -> {
          if (!byDeal.containsKey(id)) {
            assertThat(
                    o.path("Referral_Id__c").isNull() || o.path("Referral_Id__c").isMissingNode())
                .as("opportunity %s is not attributed", id)
                .isTrue();
          }
        });

    Map<String, List<JsonNode>> commissions =
        synced.records("Referral_Commission__c").values().stream()
            .collect(Collectors.groupingBy(c -> c.path("Refsync_Id__c").asText()));
    assertThat(commissions).hasSize(ledger.size());
    for (CommissionEntry entry : ledger) {
      List<JsonNode> records = commissions.get(entry.id());
      assertThat(records).as("commission %s", entry.id()).hasSize(1);
      JsonNode record = records.get(0);
      assertThat(record.path("Opportunity__c").asText()).isEqualTo(entry.dealId());
      assertThat(record.path("Kind__c").asText()).isEqualTo(entry.kind().name());
      assertThat(new BigDecimal(record.path("Amount__c").asText()))
          .isEqualByComparingTo(entry.amount());
    }

    synced.org.clock.advance(Duration.ofMinutes(5));
    Map<String, Long> before = synced.counts();
    SyncedOrg.Cycle second = synced.cycle();
    Map<String, Long> after = synced.counts();

    long pulledObjects =
        synced.runtime.source().objectTypes().stream()
            .filter(t -> !t.endsWith(SalesforceSource.DELETIONS))
            .count();
    assertThat(SyncedOrg.diff(before, after, SalesforceEndpoints.QUERY_ALL))
        .isEqualTo(pulledObjects);
    assertThat(SyncedOrg.diff(before, after, SalesforceEndpoints.QUERY)).isZero();
    assertThat(SyncedOrg.diff(before, after, SalesforceEndpoints.QUERY_MORE)).isZero();
    assertThat(SyncedOrg.diff(before, after, SalesforceEndpoints.GET_DELETED)).isEqualTo(1);
    assertThat(SyncedOrg.diff(before, after, SalesforceEndpoints.COLLECTIONS_UPDATE)).isZero();
    assertThat(SyncedOrg.diff(before, after, SalesforceEndpoints.COLLECTIONS_UPSERT)).isZero();
    assertThat(second.push().batches()).isZero();
    // The runtime's own per-operation counters (for metrics) saw the same traffic.
    assertThat(synced.runtime.requestCounts())
        .containsEntry("queryAll", after.get(SalesforceEndpoints.QUERY_ALL))
        .containsEntry("upsert Referral_Commission__c", 1L)
        .containsEntry("update Opportunity", 1L);
  }

  private static <T> Map<String, T> byId(List<T> records, Function<T, String> id) {
    Map<String, T> out = new HashMap<>();
    records.forEach(r -> out.put(id.apply(r), r));
    return out;
  }
}
