package dev.refsync.hubspot.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.Contact;
import dev.refsync.core.model.Deal;
import dev.refsync.sandbox.hubspot.SeedResult;
import dev.refsync.sandbox.hubspot.SeedSpec;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Archived records (search never returns them) are found by the archived scan, which lists them at
 * most once per {@link HubSpotRuntime#ARCHIVED_SCAN_INTERVAL} and makes no request between scans.
 */
class HubSpotArchivedRecordsIT {

  @Test
  void archivedRecordsAreMarkedDeletedByTheNextScanAndNoRequestIsMadeBetweenScans() {
    try (PipelineHarness h = PipelineHarness.unthrottled()) {
      SeedResult seeded = h.hubspot.seed(new SeedSpec(4L, 10, 250, 30));
      h.pullAll();
      assertThat(h.count("objects.list")).isEqualTo(3);
      String deal = seeded.dealIds().get(7);
      List<String> contacts = seeded.contactIds().subList(0, 150);
      h.admin.batchArchive("deals", List.of(deal));
      h.admin.batchArchive("contacts", contacts.subList(0, 100));
      h.admin.batchArchive("contacts", contacts.subList(100, 150));

      h.clock.advance(Duration.ofMinutes(59));
      h.pullAll();
      assertThat(h.count("objects.list")).isEqualTo(3);
      assertThat(live(h).deals()).extracting(Deal::id).contains(deal);

      h.clock.advance(Duration.ofMinutes(2));
      h.pullAll();

      // companies: 1 page; deals: 1; contacts: 150 archived = 2 pages of 100.
      assertThat(h.count("objects.list")).isEqualTo(3 + 4);
      CanonicalDataset data = live(h);
      assertThat(data.deals()).extracting(Deal::id).doesNotContain(deal).hasSize(29);
      assertThat(data.contacts())
          .extracting(Contact::id)
          .doesNotContainAnyElementsOf(contacts)
          .hasSize(100);
    }
  }

  private static CanonicalDataset live(PipelineHarness h) {
    return h.store.inTransaction(tx -> tx.snapshots().loadDataset());
  }
}
