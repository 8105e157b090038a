package dev.refsync.hubspot.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.store.StoredDeadLetter;
import dev.refsync.sandbox.hubspot.SeedSpec;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The portal (2,000 companies, 10,000 contacts, 3,000 deals, referrals) through pull,
 * engine and push under HubSpot's Professional limits (190 per 10 s, 5 searches per second) on the
 * emulator's clock, then a cycle with no change.
 */
class HubSpotPipelineIT {

  @Test
  void aSeededPortalSyncsThenCyclesWithoutChangesWriteNothingAndSearchOncePerType() {
    try (PipelineHarness h =
        new PipelineHarness(c -> c, c -> c.withLimits(190, Duration.ofSeconds(10), 5))) {
      h.seed(new SeedSpec(42L, 2_000, 10_000, 3_000), 25, 400);

      h.cycle();

      PortalAssertions.assertWrittenBack(h);
      PortalAssertions.assertAssociationsRead(h);
      List<StoredDeadLetter> deadLetters = h.store.inTransaction(tx -> tx.deadLetters().list());
      assertThat(deadLetters).isEmpty();
      assertThat(h.runtime.metrics().rateLimitedResponses()).isZero();

      // The next cycle re-reads the deals Refsync just wrote (writing a property moves their
      // hs_lastmodifieddate) and writes nothing: the planned payloads are the ones delivered.
      CycleAssertions.assertCycleWritesNothing(h);
      // With nothing changed since: one search per object type and no other request.
      CycleAssertions.assertQuietCycle(h, 3);
      PortalAssertions.assertWrittenBack(h);
    }
  }
}
