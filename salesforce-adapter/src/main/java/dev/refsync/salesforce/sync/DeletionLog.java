package dev.refsync.salesforce.sync;

import dev.refsync.core.port.PullBatch;
import dev.refsync.core.port.PulledRecord;
import dev.refsync.core.store.Cursor;
import dev.refsync.salesforce.rest.DeletedRecords;
import dev.refsync.salesforce.rest.SalesforceRestClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads hard deletions of one object from Salesforce's delete log ("sObject Get Deleted"): a record
 * purged from the recycle bin is gone from {@code queryAll} too, so without this a hard-deleted
 * opportunity would stay in the dataset and keep its commission. It is one call per cycle (not a
 * query), from the previous call's {@code latestDateCovered}, which the pipeline commits as this
 * feed's cursor time.
 */
final class DeletionLog {
  private static final Logger log = LoggerFactory.getLogger(DeletionLog.class);

  /**
   * getDeleted answers for no more than the last 15 days (REST API guide, "sObject Get Deleted").
   */
  static final Duration WINDOW = Duration.ofDays(15);

  /** Margin inside the window so a call made a moment later is still inside it. */
  private static final Duration MARGIN = Duration.ofMinutes(5);

  /** Cursor id of the feed: its position is a time only. */
  static final String CURSOR_ID = "getDeleted";

  private final SalesforceRestClient rest;
  private final Clock clock;

  DeletionLog(SalesforceRestClient rest, Clock clock) {
    this.rest = rest;
    this.clock = clock;
  }

  PullBatch pull(String objectType, Optional<Cursor> cursor) {
    Instant end = clock.instant();
    Instant oldest = end.minus(WINDOW).plus(MARGIN);
    Instant start = cursor.map(Cursor::time).orElse(oldest);
    if (start.isBefore(oldest)) {
      log.warn(
          "The {} deletion log was last read at {}, longer ago than the {} days Salesforce keeps"
              + " it: deletions before {} may be missed; a full resync finds them",
          objectType,
          start,
          WINDOW.toDays(),
          oldest);
      start = oldest;
    }
    // Salesforce rounds both ends down to the minute and refuses a window that is then empty
    // (INVALID_REPLICATION_DATE): within the same minute there is nothing to ask yet.
    if (!start.truncatedTo(ChronoUnit.MINUTES).isBefore(end.truncatedTo(ChronoUnit.MINUTES))) {
      return PullBatch.empty();
    }
    DeletedRecords answer = rest.getDeleted(objectType, start, end);
    List<PulledRecord> records =
        answer.records().stream()
            .sorted(
                Comparator.comparing(DeletedRecords.Deleted::deletedDate)
                    .thenComparing(DeletedRecords.Deleted::id))
            .map(d -> PulledRecord.deleted(objectType, d.id(), d.deletedDate()))
            .toList();
    Instant covered = answer.latestDateCovered() != null ? answer.latestDateCovered() : end;
    return new PullBatch(records, List.of(), new Cursor(covered, CURSOR_ID), false);
  }
}
