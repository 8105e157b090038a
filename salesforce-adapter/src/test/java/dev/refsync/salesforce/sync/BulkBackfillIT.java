package dev.refsync.salesforce.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.Account;
import dev.refsync.core.store.Cursor;
import dev.refsync.core.sync.PullReport;
import dev.refsync.sandbox.salesforce.SalesforceEndpoints;
import dev.refsync.sandbox.salesforce.SalesforceSeedResult;
import dev.refsync.sandbox.salesforce.SalesforceSeedSpec;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Above the configured size, an object's first pull is one Bulk API 2.0 query job instead of
 * 2,000-record query pages; the pulls after it continue incrementally from the cursor the job's
 * last record left. Contacts read in bulk still carry their roles.
 */
class BulkBackfillIT {
  private final SyncedOrg synced = new SyncedOrg(c -> c, c -> c.withBulkBackfillThreshold(1_000));

  @AfterEach
  void stop() {
    synced.close();
  }

  @Test
  void aLargeObjectIsBackfilledInBulkAndThenReadIncrementally() {
    SalesforceSeedResult seeded =
        synced.org.sf.seed(new SalesforceSeedSpec(29, 4_500, 3_000, 0, 600));
    SalesforceSource source = synced.runtime.source();
    Map<String, Long> before = synced.counts();

    PullReport accounts = synced.pull.pull(source, "Account");
    PullReport contacts = synced.pull.pull(source, "Contact");

    Map<String, Long> after = synced.counts();
    assertThat(accounts.pages()).isEqualTo(1);
    assertThat(accounts.records()).isEqualTo(4_500);
    assertThat(contacts.records()).isEqualTo(3_000);
    // Account, Contact and the roles of the contacts: three jobs, one results chunk each.
    assertThat(SyncedOrg.diff(before, after, SalesforceEndpoints.BULK_QUERY_CREATE)).isEqualTo(3);
    assertThat(SyncedOrg.diff(before, after, SalesforceEndpoints.BULK_QUERY_RESULTS)).isEqualTo(3);
    assertThat(SyncedOrg.diff(before, after, SalesforceEndpoints.QUERY_ALL)).isZero();
    assertThat(SyncedOrg.diff(before, after, SalesforceEndpoints.QUERY)).isZero();
    CanonicalDataset data = synced.store.inTransaction(tx -> tx.snapshots().loadDataset());
    assertThat(data.accounts()).extracting(Account::id).hasSize(4_500);
    assertThat(data.contacts())
        .filteredOn(c -> c.roles().contains("DECISION_MAKER"))
        .hasSizeGreaterThan(300);
    Cursor cursor =
        synced
            .store
            .inTransaction(tx -> tx.cursors().get(SyncedOrg.CONNECTION, "Account"))
            .orElseThrow();
    assertThat(cursor.id()).isEqualTo(seeded.accountIds().get(4_499));

    synced.org.clock.advance(Duration.ofMinutes(1));
    String added = synced.org.sf.insert("Account", Map.of("Name", "Added after the backfill"));
    Map<String, Long> beforeIncrement = synced.counts();
    PullReport increment = synced.pull.pull(source, "Account");

    assertThat(increment.records()).isEqualTo(1);
    Map<String, Long> afterIncrement = synced.counts();
    assertThat(SyncedOrg.diff(beforeIncrement, afterIncrement, SalesforceEndpoints.QUERY_ALL))
        .isEqualTo(1);
    assertThat(
            SyncedOrg.diff(beforeIncrement, afterIncrement, SalesforceEndpoints.BULK_QUERY_CREATE))
        .isZero();
    Cursor advanced =
        synced
            .store
            .inTransaction(tx -> tx.cursors().get(SyncedOrg.CONNECTION, "Account"))
            .orElseThrow();
    assertThat(advanced.id()).isEqualTo(added);
  }
}
