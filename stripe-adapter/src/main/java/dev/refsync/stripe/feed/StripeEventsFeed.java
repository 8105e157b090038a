package dev.refsync.stripe.feed;

import com.stripe.StripeClient;
import com.stripe.model.Event;
import com.stripe.model.StripeCollection;
import com.stripe.param.EventListParams;
import dev.refsync.stripe.config.StripeConfig;
import dev.refsync.stripe.error.StripeCalls;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code /v1/events} as the incremental source (VENDOR-FACTS: events are kept 30 days; use
 * them with a {@code created} cursor plus the last event id). Pure of persistence: the caller
 * commits the records made from {@link FeedPage#events()} together with {@link FeedPage#cursor()}.
 */
public final class StripeEventsFeed {
  private final StripeClient client;
  private final StripeCalls calls;
  private final Clock clock;
  private final int pageSize;
  private final Duration retention;

  public StripeEventsFeed(
      StripeClient client, StripeCalls calls, StripeConfig config, Clock clock) {
    this.client = client;
    this.calls = calls;
    this.clock = clock;
    this.pageSize = config.eventsPageSize();
    this.retention = config.eventRetention();
  }

  /** The events after {@code cursor}, or a backfill signal when the feed cannot cover the gap. */
  public FeedPage read(Optional<EventCursor> cursor) {
    Instant now = clock.instant();
    if (cursor.isEmpty()) {
      return FeedPage.backfill(
          EventCursor.startingAt(now), "no events cursor yet: read the history once");
    }
    EventCursor from = cursor.get();
    Instant oldestKept = now.minus(retention);
    if (from.createdAt().isBefore(oldestKept)) {
      return FeedPage.backfill(
          EventCursor.startingAt(now),
          "events cursor "
              + from.createdAt()
              + " is older than Stripe's event retention ("
              + oldestKept
              + "): events since then may be gone");
    }
    List<Event> newestFirst = fetch(from.created());
    List<Event> fresh = new ArrayList<>();
    for (Event e : newestFirst) {
      if (!(e.getCreated() == from.created() && from.idsAtCreated().contains(e.getId()))) {
        fresh.add(e);
      }
    }
    // Stripe lists newest first and promises no order within one second: reverse the listing,
    // then a stable sort on created makes it chronological whatever the page boundaries were.
    Collections.reverse(fresh);
    fresh.sort(Comparator.comparingLong(Event::getCreated));
    return new FeedPage(fresh, advance(from, fresh), false, "");
  }

  private List<Event> fetch(long createdGte) {
    List<Event> all = new ArrayList<>();
    String startingAfter = null;
    boolean more = true;
    while (more) {
      EventListParams.Builder params =
          EventListParams.builder()
              .setLimit((long) pageSize)
              .setCreated(EventListParams.Created.builder().setGte(createdGte).build());
      if (startingAfter != null) {
        params.setStartingAfter(startingAfter);
      }
      EventListParams built = params.build();
      StripeCollection<Event> page = calls.run(() -> client.v1().events().list(built));
      all.addAll(page.getData());
      more = Boolean.TRUE.equals(page.getHasMore()) && !page.getData().isEmpty();
      if (more) {
        startingAfter = page.getData().get(page.getData().size() - 1).getId();
      }
    }
    return all;
  }

  private static EventCursor advance(EventCursor from, List<Event> fresh) {
    if (fresh.isEmpty()) {
      return from;
    }
    long newest = fresh.get(fresh.size() - 1).getCreated();
    Set<String> ids = new HashSet<>();
    if (newest == from.created()) {
      ids.addAll(from.idsAtCreated());
    }
    for (Event e : fresh) {
      if (e.getCreated() == newest) {
        ids.add(e.getId());
      }
    }
    return new EventCursor(newest, ids);
  }
}
