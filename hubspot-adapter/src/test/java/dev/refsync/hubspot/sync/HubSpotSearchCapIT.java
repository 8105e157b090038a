package dev.refsync.hubspot.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.Deal;
import dev.refsync.core.store.Cursor;
import dev.refsync.core.sync.PullReport;
import dev.refsync.hubspot.client.UpsertInput;
import dev.refsync.sandbox.hubspot.SeedResult;
import dev.refsync.sandbox.hubspot.SeedSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * 12,000 deals changed after the cursor: more than one search may return (10,000), so a reader that
 * pages with {@code after} fails; restarting from the committed (time, id) reads them all.
 */
class HubSpotSearchCapIT {

  @Test
  void twelveThousandChangedDealsAreAllRead() {
    try (PipelineHarness h = PipelineHarness.unthrottled()) {
      SeedResult seeded = h.hubspot.seed(new SeedSpec(3L, 20, 40, 12_000));
      // As if the seeded portal had been synced: everything at the seed instant is read.
      h.store.inTransaction(
          tx ->
              tx.cursors()
                  .advance(
                      PipelineHarness.CONNECTION, "deals", new Cursor(PipelineHarness.START, "~")));

      // Change every deal, 100 per request, 1,000 per second of emulator time: ties and
      // distinct timestamps both cross page boundaries.
      List<UpsertInput> changes = new ArrayList<>();
      for (String id : seeded.dealIds()) {
        changes.add(new UpsertInput(id, Map.of("amount", "777.00")));
      }
      for (int i = 0; i < changes.size(); i += 1_000) {
        h.clock.advance(Duration.ofSeconds(1));
        h.updateAll("deals", changes.subList(i, i + 1_000));
      }
      long searchesBefore = h.count("objects.search");

      PullReport report = h.pull.pull(h.runtime.source(), "deals");

      // Each instant's first full page is read again by its tie query: 12 x 200 extra reads.
      assertThat(report.records()).isBetween(12_000, 14_400);
      Map<String, Deal> deals =
          h.store.inTransaction(tx -> tx.snapshots().loadDataset()).deals().stream()
              .collect(Collectors.toMap(Deal::id, d -> d));
      assertThat(deals.keySet()).containsExactlyInAnyOrderElementsOf(seeded.dealIds());
      assertThat(deals.values())
          .allSatisfy(d -> assertThat(d.amount()).isEqualByComparingTo("777.00"));
      // One search per page of 200 (ties add a few): far from 10,000 results in any of them.
      assertThat(h.count("objects.search") - searchesBefore).isBetween(60L, 90L);
    }
  }
}
