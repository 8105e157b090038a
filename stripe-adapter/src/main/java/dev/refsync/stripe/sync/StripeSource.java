package dev.refsync.stripe.sync;

import com.stripe.model.Event;
import dev.refsync.core.port.DeadLetter;
import dev.refsync.core.port.PullBatch;
import dev.refsync.core.port.PulledRecord;
import dev.refsync.core.port.SourceConnector;
import dev.refsync.core.store.Cursor;
import dev.refsync.stripe.feed.FeedPage;
import dev.refsync.stripe.feed.StripeBackfill;
import dev.refsync.stripe.feed.StripeEventsFeed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Stripe as a {@link SourceConnector}: one object type, {@value #EVENTS}, read from {@code
 * /v1/events} (VENDOR-FACTS: the incremental source, kept 30 days). Stateless between calls: each
 * pull starts from the committed cursor ({@link EventCursorCodec}).
 *
 * <p>With no cursor, or one older than the event retention, the feed cannot cover the gap: the pull
 * reads the list endpoints instead ({@link StripeBackfill}: customers, paid invoices, refunds,
 * disputes, canceled subscriptions) and returns them as one page with the feed's resume point (the
 * time the gap was found) as its cursor, and {@code more} set so the same pull step goes on with
 * the events since then. Otherwise one page holds every new event (the feed pages through {@code
 * /v1/events} itself); a caught-up read is one request.
 */
public final class StripeSource implements SourceConnector {
  public static final String EVENTS = "events";

  private final String connection;
  private final StripeEventsFeed feed;
  private final StripeBackfill backfill;
  private final StripeRecords records;
  private final Supplier<StripeRecords> backfillRecords;
  private final Clock clock;

  /**
   * @param backfillRecords a fresh conversion per backfill, with lookups scoped to it ({@code
   *     BackfillLookups}: live subscriptions read once rather than once per canceled one)
   */
  StripeSource(
      String connection,
      StripeEventsFeed feed,
      StripeBackfill backfill,
      StripeRecords records,
      Supplier<StripeRecords> backfillRecords,
      Clock clock) {
    this.connection = Objects.requireNonNull(connection, "connection");
    this.feed = feed;
    this.backfill = backfill;
    this.records = records;
    this.backfillRecords = backfillRecords;
    this.clock = clock;
  }

  @Override
  public String connection() {
    return connection;
  }

  @Override
  public List<String> objectTypes() {
    return List.of(EVENTS);
  }

  /**
   * The events feed reaches 30 days back only (VENDOR-FACTS): a backfill drops the cursor, so the
   * next pull reads every object from the list endpoints and continues with events from then.
   */
  @Override
  public Optional<Cursor> backfillCursor(String objectType, Instant since) {
    return Optional.empty();
  }

  @Override
  public PullBatch pull(String objectType, Optional<Cursor> cursor) {
    if (!EVENTS.equals(objectType)) {
      throw new IllegalArgumentException(
          "Stripe connection " + connection + " reads only '" + EVENTS + "', not " + objectType);
    }
    FeedPage page = feed.read(EventCursorCodec.decode(cursor));
    List<PulledRecord> pulled = new ArrayList<>();
    List<DeadLetter> rejected = new ArrayList<>();
    if (page.backfillRequired()) {
      Instant readAt = page.cursor().createdAt();
      StripeRecords scoped = backfillRecords.get();
      backfill.read(object -> scoped.addObject(object, readAt, pulled, rejected));
      return new PullBatch(pulled, rejected, EventCursorCodec.encode(page.cursor(), readAt), true);
    }
    for (Event event : page.events()) {
      records.addEvent(event, pulled, rejected);
    }
    return new PullBatch(
        pulled, rejected, EventCursorCodec.encode(page.cursor(), clock.instant()), false);
  }
}
