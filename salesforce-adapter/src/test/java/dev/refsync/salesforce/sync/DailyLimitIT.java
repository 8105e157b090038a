package dev.refsync.salesforce.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.core.error.QuotaExhaustedException;
import dev.refsync.core.store.Cursor;
import dev.refsync.core.store.OutboxRow;
import dev.refsync.core.store.OutboxStatus;
import dev.refsync.core.sync.PullReport;
import dev.refsync.core.sync.PushReport;
import dev.refsync.sandbox.salesforce.SalesforceEndpoints;
import dev.refsync.sandbox.salesforce.SalesforceSeedResult;
import dev.refsync.sandbox.salesforce.SalesforceSeedSpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * At the org's daily API allocation Salesforce answers 403 {@code REQUEST_LIMIT_EXCEEDED}: a pull
 * stops with the pages read so far committed and resumes from that cursor once the rolling window
 * frees requests; a push stops with its rows pending and writes them later.
 */
class DailyLimitIT {
  private SyncedOrg synced;

  @AfterEach
  void stop() {
    synced.close();
  }

  @Test
  void aPullStopsAtTheLimitAndResumesFromItsCursor() {
    // describe + record count (the backfill decision) + the first page, then it is spent
    synced = new SyncedOrg(c -> c.withDailyApiRequests(3));
    SalesforceSeedResult seeded = synced.org.sf.seed(new SalesforceSeedSpec(17, 5_000, 0, 0, 0));

    assertThatThrownBy(() -> synced.pull.pull(synced.runtime.source(), "Account"))
        .isInstanceOf(QuotaExhaustedException.class)
        .hasMessageContaining("REQUEST_LIMIT_EXCEEDED");
    Cursor committed = cursor();
    assertThat(committed.id()).isEqualTo(seeded.accountIds().get(1_999));
    assertThat(accounts()).isEqualTo(2_000);

    synced.org.clock.advance(Duration.ofHours(24).plusSeconds(1));
    Map<String, Long> before = synced.counts();
    PullReport resumed = synced.pull.pull(synced.runtime.source(), "Account");

    assertThat(resumed.records()).isEqualTo(3_000);
    assertThat(SyncedOrg.diff(before, synced.counts(), SalesforceEndpoints.QUERY_ALL)).isEqualTo(2);
    assertThat(accounts()).isEqualTo(5_000);
    assertThat(cursor().id()).isEqualTo(seeded.accountIds().get(4_999));
  }

  @Test
  void aPushStopsAtTheLimitWithItsRowsPendingAndFinishesLater() throws Exception {
    synced = new SyncedOrg(c -> c.withDailyApiRequests(500));
    synced.seedReferredOrg(new SalesforceSeedSpec(19, 100, 200, 0, 300), 1);
    for (String type : synced.runtime.source().objectTypes()) {
      synced.pull.pull(synced.runtime.source(), type);
    }
    synced.engine.run();
    spendAllowance();

    PushReport stopped = synced.push.push(synced.runtime.pusher());

    assertThat(stopped.pushed()).isZero();
    assertThat(stopped.deadLettered()).isZero();
    assertThat(synced.records("Referral_Commission__c")).isEmpty();
    assertThat(outbox()).isNotEmpty().allMatch(r -> r.status() == OutboxStatus.PENDING);

    synced.org.clock.advance(Duration.ofHours(24).plusSeconds(1));
    PushReport resumed = synced.push.push(synced.runtime.pusher());

    assertThat(resumed.deadLettered()).isZero();
    assertThat(outbox()).allMatch(r -> r.status() == OutboxStatus.DONE);
    long ledger = synced.store.inTransaction(tx -> tx.ledger().entries()).size();
    assertThat(synced.records("Referral_Commission__c")).hasSize((int) ledger);
  }

  /** Spends what is left of the allocation with {@code GET /limits}, as another app would. */
  private void spendAllowance() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    String token = synced.org.sf.issueSession();
    HttpRequest limits =
        HttpRequest.newBuilder(URI.create(synced.org.sf.baseUri() + "/services/data/v62.0/limits"))
            .header("Authorization", "Bearer " + token)
            .build();
    while (synced.org.sf.apiRequestsRemaining() > 0) {
      http.send(limits, HttpResponse.BodyHandlers.discarding());
    }
  }

  private List<OutboxRow> outbox() {
    return synced.store.inTransaction(tx -> tx.outbox().all());
  }

  private Cursor cursor() {
    return synced
        .store
        .inTransaction(tx -> tx.cursors().get(SyncedOrg.CONNECTION, "Account"))
        .orElseThrow();
  }

  private int accounts() {
    return synced.store.inTransaction(tx -> tx.snapshots().loadDataset()).accounts().size();
  }
}
