package dev.refsync.stripe.feed;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Where the events feed stands (DESIGN 9): the {@code created} second of the newest event read and
 * the ids of every event already read at that second. The next read asks for {@code created[gte]}
 * that second, so events sharing it across a page or call boundary are not skipped, and skips those
 * ids so none is read twice.
 *
 * @param created epoch seconds of the newest event read
 * @param idsAtCreated ids of the events read whose {@code created} equals {@code created}
 */
public record EventCursor(long created, Set<String> idsAtCreated) {
  public EventCursor {
    Objects.requireNonNull(idsAtCreated, "idsAtCreated");
    idsAtCreated = Set.copyOf(idsAtCreated);
  }

  /** A cursor that reads every event created at or after {@code at}. */
  public static EventCursor startingAt(Instant at) {
    return new EventCursor(at.getEpochSecond(), Set.of());
  }

  public Instant createdAt() {
    return Instant.ofEpochSecond(created);
  }
}
