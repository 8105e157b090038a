package dev.refsync.hubspot.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.core.store.OutboxRow;
import dev.refsync.core.store.OutboxStatus;
import dev.refsync.core.store.StoredDeadLetter;
import dev.refsync.sandbox.core.FaultInjector;
import dev.refsync.sandbox.hubspot.SeedResult;
import dev.refsync.sandbox.hubspot.SeedSpec;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 429 storm, 5xx bursts, connection resets and a truncated answer to a write that HubSpot did
 * apply, across pull and push. Cycles run as the daemon runs them: a cycle that gives up (its
 * retries exhausted) is logged and the next one, five minutes later, resumes from the committed
 * cursors and the pending outbox. In the end nothing is lost and nothing is written twice.
 */
class HubSpotFaultsIT {

  @Test
  void theSyncCompletesThroughStormsBurstsAndResetsWithNothingLostOrDuplicated() {
    try (PipelineHarness h =
        new PipelineHarness(
            c -> c.withTenSecondlyLimit(40), c -> c.withLimits(190, Duration.ofSeconds(10), 5))) {
      PipelineHarness.Seeded seeded = h.seed(new SeedSpec(23L, 200, 1_000, 300), 8, 60);
      FaultInjector faults = h.hubspot.faults();
      faults
          .failNext(12, 429)
          .failNext(4, 503)
          .resetNext(3)
          .failNext(6, 429, "objects.search")
          .failNext(3, 502, "associations.batch.read")
          .resetNext(2, "objects.search")
          .failNext(3, 500, "objects.batch.update")
          .failNext(3, 503, "objects.batch.upsert")
          .resetNext(2, "objects.batch.upsert")
          .malformNext(1, "objects.batch.upsert")
          .failNext(2, 502, "associations.batch.create")
          .resetNext(1, "associations.batch.create")
          .malformNext(1, "associations.batch.create");

      int abandoned = 0;
      for (int cycle = 0; cycle < 30 && (faults.pending() > 0 || pending(h) > 0); cycle++) {
        try {
          h.cycle();
        } catch (ConnectorApiException e) {
          abandoned++;
        }
        h.clock.advance(Duration.ofMinutes(5));
      }
      h.cycle();

      assertThat(faults.pending()).as("faults not consumed").isZero();
      assertThat(pending(h)).isZero();
      List<StoredDeadLetter> deadLetters = h.store.inTransaction(tx -> tx.deadLetters().list());
      assertThat(deadLetters).isEmpty();
      // The client throttled itself to HubSpot's 40 per 10 s after the first answer, and waited
      // out every 429 it met; the storm made it give up some cycles, never lose data.
      assertThat(h.runtime.metrics().rateLimitedResponses()).isGreaterThanOrEqualTo(18);
      assertThat(h.runtime.metrics().retries()).isGreaterThan(30);
      assertThat(abandoned).isLessThan(30);

      CanonicalDataset data = h.store.inTransaction(tx -> tx.snapshots().loadDataset());
      SeedResult seed = seeded.seed();
      assertThat(data.accounts()).hasSize(seed.companyIds().size());
      assertThat(data.contacts()).hasSize(seed.contactIds().size());
      assertThat(data.deals()).hasSize(seed.dealIds().size());
      assertThat(data.referrals()).hasSize(seeded.referredContactIds().size());
      PortalAssertions.assertWrittenBack(h);
    }
  }

  private static long pending(PipelineHarness h) {
    List<OutboxRow> rows = h.store.inTransaction(tx -> tx.outbox().all());
    return rows.stream().filter(r -> r.status() != OutboxStatus.DONE).count();
  }
}
