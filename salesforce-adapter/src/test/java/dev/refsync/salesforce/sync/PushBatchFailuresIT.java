package dev.refsync.salesforce.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.core.store.OutboxRow;
import dev.refsync.core.store.OutboxStatus;
import dev.refsync.core.sync.PushReport;
import dev.refsync.sandbox.salesforce.SalesforceEndpoints;
import dev.refsync.sandbox.salesforce.SalesforceSeedResult;
import dev.refsync.sandbox.salesforce.SalesforceSeedSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * In one 200-record upsert, a record looking up a purged opportunity fails alone and is
 * dead-lettered with Salesforce's {@code INVALID_CROSS_REFERENCE_KEY}; a locked record ({@code
 * UNABLE_TO_LOCK_ROW}) stays pending and is written on the next push; the other 198 are written.
 */
class PushBatchFailuresIT {
  private final SyncedOrg synced = new SyncedOrg();

  @AfterEach
  void stop() {
    synced.close();
  }

  @Test
  void aBadRecordFailsAloneAndALockedOneIsRetried() {
    SalesforceSeedResult seeded =
        synced.seedReferredOrg(new SalesforceSeedSpec(9, 20, 0, 0, 50), 1);
    List<String> deals = new ArrayList<>(seeded.opportunityIds().subList(0, 49));
    String purged = seeded.opportunityIds().get(49);
    synced.org.sf.hardDelete(purged);
    List<String> refs = new ArrayList<>(deals);
    var items = new ArrayList<>(CommissionRows.items(200, refs, synced.org.clock.instant()));
    items.set(17, CommissionRows.items(18, List.of(purged), synced.org.clock.instant()).get(17));
    synced.store.inTransaction(
        tx -> {
          tx.outbox().enqueueAll(items);
          return null;
        });
    synced.org.sf.lockRecord(CommissionRows.id(42), 1);
    Map<String, Long> before = synced.counts();

    PushReport first = synced.push.push(synced.runtime.pusher());

    assertThat(SyncedOrg.diff(before, synced.counts(), SalesforceEndpoints.COLLECTIONS_UPSERT))
        .isEqualTo(1);
    assertThat(first.pushed()).isEqualTo(198);
    assertThat(first.deadLettered()).isEqualTo(1);
    assertThat(first.retried()).isEqualTo(1);
    assertThat(written())
        .hasSize(198)
        .doesNotContainKeys(CommissionRows.id(17), CommissionRows.id(42));
    Map<String, OutboxRow> rows =
        synced.store.inTransaction(tx -> tx.outbox().all()).stream()
            .collect(Collectors.toMap(r -> r.item().targetKey(), Function.identity()));
    assertThat(rows.get(CommissionRows.id(17)).status()).isEqualTo(OutboxStatus.DEAD);
    assertThat(rows.get(CommissionRows.id(17)).lastError())
        .startsWith("INVALID_CROSS_REFERENCE_KEY");
    assertThat(rows.get(CommissionRows.id(42)).status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(rows.get(CommissionRows.id(42)).lastError()).startsWith("UNABLE_TO_LOCK_ROW");

    synced.org.clock.advance(Duration.ofHours(1));
    PushReport second = synced.push.push(synced.runtime.pusher());

    assertThat(second.pushed()).isEqualTo(1);
    assertThat(written()).hasSize(199).containsKey(CommissionRows.id(42));
  }

  private Map<String, JsonNode> written() {
    return synced.records("Referral_Commission__c").values().stream()
        .collect(Collectors.toMap(c -> c.path("Refsync_Id__c").asText(), Function.identity()));
  }
}
