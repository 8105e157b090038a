package dev.refsync.salesforce.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.Referral;
import dev.refsync.core.port.DeadLetter;
import dev.refsync.core.store.StoredDeadLetter;
import dev.refsync.core.sync.PullReport;
import dev.refsync.sandbox.salesforce.SalesforceSeedResult;
import dev.refsync.sandbox.salesforce.SalesforceSeedSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A record the mapping cannot read (a referral without its referrer) is dead-lettered with the
 * reason and its payload; the rest of its page is stored and the cursor moves past it.
 */
class UnmappableRecordIT {
  private final SyncedOrg synced = new SyncedOrg();

  @AfterEach
  void stop() {
    synced.close();
  }

  @Test
  void anUnmappableReferralIsDeadLetteredAndTheOthersAreStored() {
    SalesforceSeedResult seeded = synced.org.sf.seed(new SalesforceSeedSpec(31, 20, 0, 0, 0));
    synced.defineReferralObjects();
    List<String> good =
        ReferralSeed.referrals(synced.org.sf, seeded, synced.org.clock.instant(), 1);
    synced.org.clock.advance(Duration.ofSeconds(1));
    String bad =
        synced.org.sf.insert(
            "Referral__c", Map.of("Name", "No referrer", "Account__c", seeded.accountIds().get(1)));

    PullReport report = synced.pull.pull(synced.runtime.source(), "Referral__c");

    assertThat(report.rejected()).isEqualTo(1);
    assertThat(report.records()).isEqualTo(good.size());
    List<StoredDeadLetter> letters = synced.store.inTransaction(tx -> tx.deadLetters().list());
    assertThat(letters).hasSize(1);
    DeadLetter letter = letters.get(0).letter();
    assertThat(letter.system()).isEqualTo(SyncedOrg.CONNECTION);
    assertThat(letter.objectType()).isEqualTo("Referral__c");
    assertThat(letter.recordId()).isEqualTo(bad);
    assertThat(letter.error()).contains("referrerId").contains("Referrer__c");
    assertThat(letter.payload()).contains(bad);
    assertThat(synced.store.inTransaction(tx -> tx.snapshots().loadDataset()).referrals())
        .extracting(Referral::id)
        .containsExactlyInAnyOrderElementsOf(good);
    assertThat(
            synced
                .store
                .inTransaction(tx -> tx.cursors().get(SyncedOrg.CONNECTION, "Referral__c"))
                .orElseThrow()
                .id())
        .isEqualTo(bad);
  }
}
