package dev.refsync.stripe.sync;

import dev.refsync.core.store.Cursor;
import dev.refsync.stripe.feed.EventCursor;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The events feed's {@link EventCursor} as the core {@link Cursor} (DESIGN 9), whose {@code id} is
 * a {@code VARCHAR(255)} and whose store refuses to move it backwards by {@code (time, id)}.
 *
 * <p>{@code time} is the {@code created} second; {@code id} is {@code NNNNNN:} (how many events
 * were read at that second, six digits) followed by those ids sorted and joined by commas. At one
 * second the set only grows, so the count prefix makes each advance compare greater, as the store
 * requires. Two rules keep it bounded and correct:
 *
 * <ul>
 *   <li><b>settled seconds</b>: once {@code created} is more than {@link #SETTLE} before now, every
 *       event of that second (and before) has been listed, so the cursor becomes {@code (now −
 *       SETTLE, no ids)}: nothing visible is skipped, no ids are carried, and a quiet account keeps
 *       a recent cursor instead of falling outside the 30-day retention and re-reading its history;
 *   <li><b>too many ids for 255 characters</b> (a burst in the newest second): the id becomes
 *       {@code NNNNNN:*} and decodes to "no ids known at that second", so the next read lists that
 *       second again; its events map to the same records (ids are Stripe object ids), so the
 *       re-read is harmless, and the second settles once it is older than {@link #SETTLE}.
 * </ul>
 */
final class EventCursorCodec {
  /**
   * How long after its {@code created} second an event is assumed to be listed by {@code
   * /v1/events}, measured on Refsync's clock. Stripe writes the event as the change happens; ten
   * minutes also absorbs any skew between Refsync's clock and Stripe's (an NTP-synced host is far
   * inside it). A longer settle costs nothing: only seconds with no event read after them settle,
   * so nothing is read twice, and the ids carried stay those of one second.
   */
  static final Duration SETTLE = Duration.ofMinutes(10);

  static final int MAX_ID_LENGTH = 255;
  private static final String OVERFLOW = "*";

  private EventCursorCodec() {}

  static Cursor encode(EventCursor cursor, Instant now) {
    long settled = now.minus(SETTLE).getEpochSecond();
    if (cursor.created() < settled) {
      return new Cursor(Instant.ofEpochSecond(settled), prefix(0));
    }
    Set<String> sorted = new TreeSet<>(cursor.idsAtCreated());
    String id = prefix(sorted.size()) + String.join(",", sorted);
    if (id.length() > MAX_ID_LENGTH) {
      id = prefix(sorted.size()) + OVERFLOW;
    }
    return new Cursor(cursor.createdAt(), id);
  }

  static Optional<EventCursor> decode(Optional<Cursor> cursor) {
    return cursor.map(EventCursorCodec::decode);
  }

  static EventCursor decode(Cursor cursor) {
    String id = cursor.id();
    int colon = id.indexOf(':');
    if (colon != 6 || !id.substring(0, 6).chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException(
          "stored events cursor id '"
              + id
              + "' is not NNNNNN:ids; it was not written by this adapter (reset the cursor of"
              + " object type events to re-read the history)");
    }
    String ids = id.substring(colon + 1);
    long second = cursor.time().getEpochSecond();
    if (ids.isEmpty() || OVERFLOW.equals(ids)) {
      return new EventCursor(second, Set.of());
    }
    return new EventCursor(second, Set.of(ids.split(",")));
  }

  private static String prefix(int count) {
    return String.format(Locale.ROOT, "%06d:", count);
  }
}
