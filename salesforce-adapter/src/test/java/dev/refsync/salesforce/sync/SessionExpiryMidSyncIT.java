package dev.refsync.salesforce.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.sandbox.salesforce.SalesforceEndpoints;
import dev.refsync.sandbox.salesforce.SalesforceSeedSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Salesforce revokes every session in the middle of a cycle (between two pulls and again before the
 * push): each time the next request gets 401 {@code INVALID_SESSION_ID}, the client re-mints once
 * and the cycle finishes with nothing lost.
 */
class SessionExpiryMidSyncIT {
  private final SyncedOrg synced = new SyncedOrg();

  @AfterEach
  void stop() {
    synced.close();
  }

  @Test
  void aCycleSurvivesSessionsRevokedBetweenItsSteps() {
    synced.seedReferredOrg(new SalesforceSeedSpec(13, 100, 300, 0, 300), 1);
    Map<String, Long> before = synced.counts();
    SalesforceSource source = synced.runtime.source();

    // Revokes the token provisioning minted, then again after every pull: each revocation is
    // followed by a request that gets 401 and re-mints exactly once, the last by the push.
    synced.org.sf.expireAllSessions();
    for (String type : source.objectTypes()) {
      synced.pull.pull(source, type);
      synced.org.sf.expireAllSessions();
    }
    synced.engine.run();
    synced.push.push(synced.runtime.pusher());

    assertThat(SyncedOrg.diff(before, synced.counts(), SalesforceEndpoints.OAUTH_TOKEN))
        .isEqualTo(source.objectTypes().size() + 1);
    CanonicalDataset data = synced.store.inTransaction(tx -> tx.snapshots().loadDataset());
    assertThat(data.accounts()).hasSize(100);
    assertThat(data.contacts()).hasSize(300);
    assertThat(data.deals()).hasSize(300);
    List<CommissionEntry> ledger = synced.store.inTransaction(tx -> tx.ledger().entries());
    assertThat(ledger).isNotEmpty();
    assertThat(synced.records("Referral_Commission__c")).hasSize(ledger.size());
  }
}
