package dev.refsync.core.store;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a pull resumes (DESIGN 9): the next read asks for records modified at or after {@code time}
 * and skips those at exactly {@code time} whose id is not after {@code id}.
 *
 * @param time modification time of the last record committed
 * @param id the id of that record, the tie-breaker among records sharing {@code time}
 */
public record Cursor(Instant time, String id) implements Comparable<Cursor> {
  public Cursor {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(id, "id");
  }

  @Override
  public int compareTo(Cursor other) {
    int byTime = time.compareTo(other.time);
    return byTime != 0 ? byTime : id.compareTo(other.id);
  }
}
