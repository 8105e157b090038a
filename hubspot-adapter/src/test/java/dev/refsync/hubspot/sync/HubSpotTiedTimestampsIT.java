package dev.refsync.hubspot.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.sync.PullReport;
import dev.refsync.sandbox.hubspot.SeedResult;
import dev.refsync.sandbox.hubspot.SeedSpec;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * 5,000 contacts sharing one {@code lastmodifieddate} (the seeder writes them at one instant), so
 * 25 pages of ties: every one is read, through real HTTP and the store's cursor.
 */
class HubSpotTiedTimestampsIT {

  @Test
  void fiveThousandContactsSharingOneTimestampAreAllRead() {
    try (PipelineHarness h =
        new PipelineHarness(c -> c, c -> c.withLimits(190, Duration.ofSeconds(10), 5))) {
      SeedResult seeded = h.hubspot.seed(new SeedSpec(11L, 50, 5_000, 0));
      long searchesBefore = h.count("objects.search");

      PullReport report = h.pull.pull(h.runtime.source(), "contacts");

      assertThat(report.records()).isGreaterThanOrEqualTo(5_000);
      Set<String> stored =
          h.store.inTransaction(tx -> tx.snapshots().loadDataset()).contacts().stream()
              .map(c -> c.id())
              .collect(Collectors.toSet());
      assertThat(stored).containsExactlyInAnyOrderElementsOf(seeded.contactIds());
      // 25 tie pages (the first page of the normal query is re-read by the tie query) and the
      // closing searches; never an `after` page, so the 10,000 cap is never near.
      assertThat(h.count("objects.search") - searchesBefore).isBetween(26L, 29L);

      long quiet = h.count("objects.search");
      assertThat(h.pull.pull(h.runtime.source(), "contacts").records()).isZero();
      assertThat(h.count("objects.search") - quiet).isEqualTo(1);
    }
  }
}
