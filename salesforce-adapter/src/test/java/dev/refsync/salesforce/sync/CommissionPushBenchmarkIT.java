package dev.refsync.salesforce.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.store.OutboxStatus;
import dev.refsync.core.sync.PushReport;
import dev.refsync.sandbox.salesforce.SalesforceEndpoints;
import dev.refsync.sandbox.salesforce.SalesforceSeedResult;
import dev.refsync.sandbox.salesforce.SalesforceSeedSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The benchmark: writing 10,000 commission records through the push step makes at most 1.02
 * × ⌈10,000 / 200⌉ sObject Collections upsert calls, counted by the emulator. Run once clean and
 * once with five records locked once each ({@code UNABLE_TO_LOCK_ROW}), whose retry shares one
 * extra call. Prints the figures (README); the assertion is on call counts, never on time.
 */
class CommissionPushBenchmarkIT {
  private static final int RECORDS = 10_000;
  private static final int EXPECTED_CALLS = (RECORDS + 199) / 200;

  private final SyncedOrg synced = new SyncedOrg(c -> c.withDailyApiRequests(1_000_000));

  @AfterEach
  void stop() {
    synced.close();
  }

  @Test
  void tenThousandCommissionsTakeAtMostOnePointZeroTwoTimesTheMinimumCalls() {
    SalesforceSeedResult seeded =
        synced.seedReferredOrg(new SalesforceSeedSpec(23, 50, 0, 0, 400), 1);
    List<String> deals = seeded.opportunityIds();

    long clean = run("clean", 0, deals, 0);
    long locked = run("5 locked once", RECORDS, deals, 5);

    double bound = 1.02 * EXPECTED_CALLS;
    assertThat((double) clean).isLessThanOrEqualTo(bound);
    assertThat((double) locked).isLessThanOrEqualTo(bound);
    assertThat(synced.records("Referral_Commission__c")).hasSize(2 * RECORDS);
  }

  /** Enqueues RECORDS rows numbered from {@code offset}, pushes until none is pending. */
  private long run(String label, int offset, List<String> deals, int locked) {
    var items =
        CommissionRows.items(offset + RECORDS, deals, synced.org.clock.instant())
            .subList(offset, offset + RECORDS);
    synced.store.inTransaction(
        tx -> {
          tx.outbox().enqueueAll(items);
          return null;
        });
    for (int i = 0; i < locked; i++) {
      synced.org.sf.lockRecord(CommissionRows.id(offset + 1_000 * i + 7), 1);
    }
    Map<String, Long> before = synced.counts();
    long started = System.nanoTime();
    int passes = 0;
    int pushed = 0;
    while (pending() > 0) {
      PushReport report = synced.push.push(synced.runtime.pusher());
      pushed += report.pushed();
      passes++;
      synced.org.clock.advance(Duration.ofMinutes(5));
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    long calls = SyncedOrg.diff(before, synced.counts(), SalesforceEndpoints.COLLECTIONS_UPSERT);
    System.out.printf(
        "BENCH commission push (%s): %d records written, %d upsert calls (minimum %d, ratio %.3f,"
            + " bound %.1f), %d push passes, %d ms%n",
        label,
        pushed,
        calls,
        EXPECTED_CALLS,
        (double) calls / EXPECTED_CALLS,
        1.02 * EXPECTED_CALLS,
        passes,
        millis);
    return calls;
  }

  private long pending() {
    return synced.store.inTransaction(tx -> tx.outbox().all()).stream()
        .filter(r -> r.status() == OutboxStatus.PENDING)
        .count();
  }
}
