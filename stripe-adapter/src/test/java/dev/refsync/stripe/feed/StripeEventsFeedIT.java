package dev.refsync.stripe.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.model.Event;
import dev.refsync.sandbox.stripe.StripeEndpoints;
import dev.refsync.sandbox.stripe.StripeSeedSpec;
import dev.refsync.stripe.StripeEmulatorFixture;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StripeEventsFeedIT {
  private final StripeEmulatorFixture f =
      new StripeEmulatorFixture(new StripeSeedSpec(7, 25, 12, 4, 1, 3));

  @AfterEach
  void stop() {
    f.close();
  }

  private StripeEventsFeed feed(int pageSize) {
    return new StripeEventsFeed(
        f.client(),
        StripeEmulatorFixture.calls(),
        f.config().withEventsPageSize(pageSize),
        f.clock);
  }

  private EventCursor thirtyDaysAgo() {
    return EventCursor.startingAt(f.clock.instant().minus(Duration.ofDays(30)));
  }

  private static List<String> ids(FeedPage page) {
    return page.events().stream().map(Event::getId).toList();
  }

  @Test
  void readsEveryRetainedEventOnceAcrossPagesOldestFirst() {
    List<String> expected = f.visibleEventIdsOldestFirst();
    assertThat(expected).hasSizeGreaterThan(20);

    FeedPage page = feed(7).read(Optional.of(thirtyDaysAgo()));

    assertThat(page.backfillRequired()).isFalse();
    assertThat(ids(page)).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
    assertThat(page.events())
        .isSortedAccordingTo((a, b) -> Long.compare(a.getCreated(), b.getCreated()));
    assertThat(f.requests(StripeEndpoints.EVENTS_LIST)).isEqualTo((expected.size() + 6) / 7);
    Event newest = page.events().get(page.events().size() - 1);
    assertThat(page.cursor().created()).isEqualTo(newest.getCreated());
    assertThat(page.cursor().idsAtCreated()).contains(newest.getId());
  }

  @Test
  void pageSizeDoesNotChangeWhatIsRead() {
    assertThat(ids(feed(2).read(Optional.of(thirtyDaysAgo()))))
        .containsExactlyElementsOf(ids(feed(100).read(Optional.of(thirtyDaysAgo()))));
  }

  @Test
  void theReturnedCursorReadsNothingNewWithOneRequest() {
    StripeEventsFeed feed = feed(10);
    FeedPage first = feed.read(Optional.of(thirtyDaysAgo()));
    long before = f.requests(StripeEndpoints.EVENTS_LIST);

    FeedPage second = feed.read(Optional.of(first.cursor()));

    assertThat(second.events()).isEmpty();
    assertThat(second.cursor()).isEqualTo(first.cursor());
    assertThat(f.requests(StripeEndpoints.EVENTS_LIST) - before).isEqualTo(1);
  }

  @Test
  void eventsCreatedInTheCursorsOwnSecondAreReadOnceEach() {
    StripeEventsFeed feed = feed(2);
    FeedPage caughtUp = feed.read(Optional.of(thirtyDaysAgo()));

    f.stripe.payInvoice(f.seeded.subscriptionIds().get(0));
    FeedPage firstBatch = feed.read(Optional.of(caughtUp.cursor()));
    assertThat(firstBatch.events())
        .extracting(Event::getType)
        .containsExactlyInAnyOrder("charge.succeeded", "invoice.paid", "invoice.payment_succeeded");
    assertThat(firstBatch.cursor().created()).isEqualTo(f.clock.instant().getEpochSecond());

    // Same second, clock unmoved: the cursor's ids keep the first batch from being read again.
    f.stripe.payInvoice(f.seeded.subscriptionIds().get(1));
    FeedPage secondBatch = feed.read(Optional.of(firstBatch.cursor()));
    assertThat(secondBatch.events()).hasSize(3);
    assertThat(ids(secondBatch)).doesNotContainAnyElementsOf(ids(firstBatch));
    assertThat(secondBatch.cursor().idsAtCreated())
        .hasSize(6)
        .containsAll(ids(firstBatch))
        .containsAll(ids(secondBatch));

    assertThat(feed.read(Optional.of(secondBatch.cursor())).events()).isEmpty();
  }

  @Test
  void noCursorAsksForABackfillWithoutCallingStripe() {
    FeedPage page = feed(100).read(Optional.empty());
    assertThat(page.backfillRequired()).isTrue();
    assertThat(page.events()).isEmpty();
    assertThat(page.cursor()).isEqualTo(EventCursor.startingAt(f.clock.instant()));
    assertThat(page.reason()).contains("no events cursor");
    assertThat(f.requests(StripeEndpoints.EVENTS_LIST)).isZero();
  }

  @Test
  void aCursorOlderThanTheRetentionAsksForABackfill() {
    EventCursor stale =
        EventCursor.startingAt(f.clock.instant().minus(Duration.ofDays(30)).minusSeconds(1));
    FeedPage page = feed(100).read(Optional.of(stale));
    assertThat(page.backfillRequired()).isTrue();
    assertThat(page.reason()).contains("older than Stripe's event retention");
    assertThat(f.requests(StripeEndpoints.EVENTS_LIST)).isZero();

    assertThat(feed(100).read(Optional.of(thirtyDaysAgo())).backfillRequired()).isFalse();
  }
}
