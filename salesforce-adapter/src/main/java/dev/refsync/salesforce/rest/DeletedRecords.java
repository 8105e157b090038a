package dev.refsync.salesforce.rest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The answer of "sObject Get Deleted".
 *
 * @param records the deleted records of the window
 * @param earliestDateAvailable the oldest deletion the delete log still holds; null if none
 * @param latestDateCovered where the next window must start: deletions in flight at {@code end} may
 *     not be listed yet (SOAP API guide, GetDeletedResult); null when Salesforce gave none
 */
public record DeletedRecords(
    List<Deleted> records, Instant earliestDateAvailable, Instant latestDateCovered) {
  public DeletedRecords {
    records = List.copyOf(records);
  }

  /** One deleted record. */
  public record Deleted(String id, Instant deletedDate) {
    public Deleted {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(deletedDate, "deletedDate");
    }
  }
}
