package dev.refsync.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One vendor record as a source read it, already mapped (DESIGN 2).
 *
 * @param objectType the vendor object, e.g. {@code deals} or {@code Opportunity}
 * @param externalId the vendor record id
 * @param modifiedAt the record's modification time at the source; an older version than the one
 *     stored is ignored; may be null when the source has none
 * @param canonical the canonical records it is read as (Account, Referrer, ..., AccountLink), at
 *     most one per kind; empty when the mapping reads nothing from it
 * @param deleted the record was deleted or archived at the source: every snapshot of it is flagged
 *     deleted and {@code canonical} is ignored
 */
public record PulledRecord(
    String objectType,
    String externalId,
    Instant modifiedAt,
    List<Object> canonical,
    boolean deleted) {
  public PulledRecord {
    Objects.requireNonNull(objectType, "objectType");
    Objects.requireNonNull(externalId, "externalId");
    canonical = List.copyOf(canonical);
  }

  /** A live record and what it maps to. */
  public static PulledRecord live(
      String objectType, String externalId, Instant modifiedAt, List<?> canonical) {
    return new PulledRecord(objectType, externalId, modifiedAt, List.copyOf(canonical), false);
  }

  /** A record deleted at the source. */
  public static PulledRecord deleted(String objectType, String externalId, Instant deletedAt) {
    return new PulledRecord(objectType, externalId, deletedAt, List.of(), true);
  }
}
