package dev.refsync.stripe.feed;

import com.stripe.model.Event;
import java.util.List;
import java.util.Objects;

/**
 * One read of the events feed: the new events, oldest first, and the cursor to commit with the
 * records made from them (DESIGN 9: records and cursor in one transaction).
 *
 * @param events events not read before, in chronological order
 * @param cursor the advanced cursor; when {@code backfillRequired}, the cursor to resume the feed
 *     from once the backfill has been committed
 * @param backfillRequired true when the feed cannot be trusted to hold everything since the cursor
 *     (no cursor yet, or older than Stripe's 30-day event retention): read the list endpoints with
 *     {@link StripeBackfill} first
 * @param reason why a backfill is required; empty otherwise
 */
public record FeedPage(
    List<Event> events, EventCursor cursor, boolean backfillRequired, String reason) {
  public FeedPage {
    events = List.copyOf(events);
    Objects.requireNonNull(cursor, "cursor");
    Objects.requireNonNull(reason, "reason");
  }

  static FeedPage backfill(EventCursor resumeFrom, String reason) {
    return new FeedPage(List.of(), resumeFrom, true, reason);
  }
}
