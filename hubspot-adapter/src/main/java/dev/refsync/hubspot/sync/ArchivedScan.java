package dev.refsync.hubspot.sync;

import dev.refsync.core.port.PullBatch;
import dev.refsync.core.port.PulledRecord;
import dev.refsync.core.store.Cursor;
import dev.refsync.hubspot.client.HubSpotClient;
import dev.refsync.hubspot.client.HubSpotObject;
import dev.refsync.hubspot.client.ObjectPage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Finds archived (deleted) records. Search never returns archived records, so the only way to see
 * them is the list endpoint with {@code archived=true} (CRM v3 objects, "List": "Whether to return
 * only results that have been archived"), which has no time filter. A scan therefore reads every
 * archived record, 100 per request, and runs at most once per {@code interval}; between scans it
 * makes no request at all. Webhook {@code *.deletion} events report deletions sooner (the re-read
 * finds the record gone).
 *
 * <p>Cursor (kept under the pseudo object type {@code <type>.archived}): {@code (scan start,
 * "after:<token>")} while a scan is under way, one page per call; {@code (scan start, "done")} once
 * it finished.
 */
final class ArchivedScan {
  static final String SUFFIX = ".archived";
  static final int PAGE = 100;
  private static final String DONE = "done";
  private static final String AFTER = "after:";

  private final HubSpotClient client;
  private final Clock clock;
  private final Duration interval;

  ArchivedScan(HubSpotClient client, Clock clock, Duration interval) {
    this.client = client;
    this.clock = clock;
    this.interval = interval;
  }

  PullBatch pull(ObjectReadSpec spec, Optional<Cursor> cursor) {
    Instant now = clock.instant();
    Instant started;
    String after;
    int pageNo;
    if (cursor.isPresent() && cursor.get().id().startsWith(AFTER)) {
      started = cursor.get().time();
      String position = cursor.get().id().substring(AFTER.length());
      int colon = position.indexOf(':');
      pageNo = Integer.parseInt(position.substring(0, colon));
      after = position.substring(colon + 1);
    } else if (cursor.isPresent() && now.isBefore(cursor.get().time().plus(interval))) {
      return PullBatch.empty();
    } else {
      started = now;
      after = null;
      pageNo = 0;
    }
    ObjectPage page =
        client.listObjects(
            spec.objectType(), after, PAGE, List.of(spec.lastModifiedProperty()), true);
    List<PulledRecord> deleted =
        page.results().stream()
            .map(o -> PulledRecord.deleted(spec.objectType(), o.id(), deletedAt(o, now)))
            .toList();
    boolean more = page.nextAfter() != null;
    Cursor next =
        new Cursor(
            started,
            more ? AFTER + String.format("%09d", pageNo + 1) + ":" + page.nextAfter() : DONE);
    return new PullBatch(deleted, List.of(), next, more);
  }

  private static Instant deletedAt(HubSpotObject o, Instant now) {
    return o.updatedAt() != null ? o.updatedAt() : now;
  }
}
