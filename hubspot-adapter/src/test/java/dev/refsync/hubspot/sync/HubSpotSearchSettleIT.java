package dev.refsync.hubspot.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.Contact;
import dev.refsync.hubspot.client.UpsertInput;
import dev.refsync.sandbox.hubspot.SeedResult;
import dev.refsync.sandbox.hubspot.SeedSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * HubSpot's search index may show a later change before an earlier one (VENDOR-FACTS: changes
 * appear "after a short delay"). Contact A changes, then contact B; the index shows B at once and A
 * 20 s later. A pull in between sees only B, so a cursor at B's time would pass A by for good; the
 * settle time keeps the cursor back and the next pull reads A.
 */
class HubSpotSearchSettleIT {
  private static final Duration LATE = Duration.ofSeconds(20);

  @Test
  void aChangeTheIndexShowsLateIsReadOnTheNextPull() {
    try (PipelineHarness h = harness(Duration.ofSeconds(30))) {
      String late = changeOneLateThenOneOnTime(h);

      h.clock.advance(Duration.ofMinutes(1));
      h.pull.pull(h.runtime.source(), "contacts");

      assertThat(storedEmail(h, late)).isEqualTo("changed-late@example.org");
    }
  }

  @Test
  void withoutASettleTimeTheLateChangeIsPassedBy() {
    try (PipelineHarness h = harness(Duration.ZERO)) {
      String late = changeOneLateThenOneOnTime(h);

      h.clock.advance(Duration.ofMinutes(1));
      h.pull.pull(h.runtime.source(), "contacts");

      // What the settle time prevents: the cursor went past A's change while A was not yet
      // searchable, and nothing reads it again until A changes again.
      assertThat(storedEmail(h, late)).isNotEqualTo("changed-late@example.org");
    }
  }

  private static PipelineHarness harness(Duration settle) {
    return new PipelineHarness(
        c -> c.withTenSecondlyLimit(1_000_000).withSearchPerSecond(10_000),
        c -> c.withLimits(1_000_000, Duration.ofSeconds(10), 10_000).withSearchSettle(settle));
  }

  /** Returns contact A's id, after a pull that saw B's change but not A's. */
  private static String changeOneLateThenOneOnTime(PipelineHarness h) {
    SeedResult seeded = h.hubspot.seed(new SeedSpec(5L, 3, 12, 0));
    h.clock.advance(Duration.ofMinutes(5));
    h.pull.pull(h.runtime.source(), "contacts");
    String a = seeded.contactIds().get(3);
    String b = seeded.contactIds().get(7);

    h.hubspot.indexLate(a, LATE);
    h.admin.batchUpdate(
        "contacts", List.of(new UpsertInput(a, Map.of("email", "changed-late@example.org"))));
    h.clock.advance(Duration.ofSeconds(2));
    h.admin.batchUpdate(
        "contacts", List.of(new UpsertInput(b, Map.of("email", "changed-on-time@example.org"))));
    h.clock.advance(Duration.ofSeconds(1));
    h.pull.pull(h.runtime.source(), "contacts");

    assertThat(storedEmail(h, b)).isEqualTo("changed-on-time@example.org");
    assertThat(storedEmail(h, a)).isNotEqualTo("changed-late@example.org");
    return a;
  }

  private static String storedEmail(PipelineHarness h, String contactId) {
    return h.store.inTransaction(tx -> tx.snapshots().loadDataset()).contacts().stream()
        .filter(c -> c.id().equals(contactId))
        .map(Contact::email)
        .findFirst()
        .orElseThrow();
  }
}
