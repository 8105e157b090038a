package dev.refsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Open query cursors: the rows a query matched when it ran (later writes do not change them) and
 * the page size. A cursor unused for 15 minutes is gone, as Salesforce's are ("query locators
 * expire after 15 minutes of inactivity").
 */
final class QueryCursors {

  static final Duration IDLE_EXPIRY = Duration.ofMinutes(15);

  /** A snapshot being paged through. */
  record Cursor(List<ObjectNode> rows, int batchSize, Instant lastUsed) {
    Cursor {
      rows = List.copyOf(rows);
    }
  }

  private final Clock clock;
  private final AtomicLong sequence = new AtomicLong();
  private final Map<String, Cursor> open = new ConcurrentHashMap<>();

  QueryCursors(Clock clock) {
    this.clock = clock;
  }

  /** Keeps the snapshot and returns its locator id ({@code 01g…}). */
  String open(List<ObjectNode> rows, int batchSize) {
    String locator = SalesforceIds.id("01g", sequence.incrementAndGet());
    open.put(locator, new Cursor(rows, batchSize, clock.instant()));
    return locator;
  }

  Optional<Cursor> touch(String locator) {
    Cursor c = open.get(locator);
    if (c == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(c.lastUsed().plus(IDLE_EXPIRY))) {
      open.remove(locator);
      return Optional.empty();
    }
    Cursor touched = new Cursor(c.rows(), c.batchSize(), clock.instant());
    open.put(locator, touched);
    return Optional.of(touched);
  }

  void close(String locator) {
    open.remove(locator);
  }
}
