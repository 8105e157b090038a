package dev.refsync.salesforce.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.Account;
import dev.refsync.core.store.Cursor;
import dev.refsync.core.sync.PullReport;
import dev.refsync.sandbox.salesforce.SalesforceEndpoints;
import dev.refsync.sandbox.salesforce.SalesforceSeedResult;
import dev.refsync.sandbox.salesforce.SalesforceSeedSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * 5,000 records sharing one {@code SystemModstamp} span three 2,000-record pages: the id
 * tie-breaker of the cursor reads each exactly once (DESIGN 9).
 */
class SharedModstampPagingIT {
  private final SyncedOrg synced = new SyncedOrg();

  @AfterEach
  void stop() {
    synced.close();
  }

  @Test
  void everyRecordOfOneSharedStampIsReadOnceAcrossPages() {
    SalesforceSeedResult seeded =
        synced.org.sf.seed(new SalesforceSeedSpec(3, 5_000, 0, 0, 0).withSharedModstamp());
    Map<String, Long> before = synced.counts();

    PullReport report = synced.pull.pull(synced.runtime.source(), "Account");

    assertThat(report.pages()).isEqualTo(3);
    assertThat(report.records()).isEqualTo(5_000);
    assertThat(SyncedOrg.diff(before, synced.counts(), SalesforceEndpoints.QUERY_ALL)).isEqualTo(3);
    List<String> stored =
        synced.store.inTransaction(tx -> tx.snapshots().loadDataset()).accounts().stream()
            .map(Account::id)
            .sorted()
            .toList();
    assertThat(stored).containsExactlyElementsOf(seeded.accountIds().stream().sorted().toList());
    Cursor cursor =
        synced
            .store
            .inTransaction(tx -> tx.cursors().get(SyncedOrg.CONNECTION, "Account"))
            .orElseThrow();
    assertThat(cursor.id()).isEqualTo(seeded.accountIds().get(4_999));
    assertThat(cursor.time()).isEqualTo(synced.org.clock.instant());
  }
}
