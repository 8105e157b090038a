package dev.refsync.hubspot.sync;

import dev.refsync.sandbox.hubspot.SeedSpec;
import org.junit.jupiter.api.Test;

/** A small seeded portal through pull, engine and push, then a cycle with no change. */
class HubSpotPipelineHappyPathIT {

  @Test
  void referralsSyncThenCyclesWithoutChangesWriteNothing() {
    try (PipelineHarness h = PipelineHarness.unthrottled()) {
      h.seed(new SeedSpec(7L, 40, 200, 120), 4, 15);
      h.cycle();
      PortalAssertions.assertWrittenBack(h);
      PortalAssertions.assertAssociationsRead(h);

      // The next cycle re-reads the deals Refsync just wrote (writing a property moves their
      // hs_lastmodifieddate) and writes nothing: the planned payloads are the ones delivered.
      CycleAssertions.assertCycleWritesNothing(h);
      // With nothing changed since: one search per object type and no other request.
      CycleAssertions.assertQuietCycle(h, 3);
      PortalAssertions.assertWrittenBack(h);
    }
  }
}
