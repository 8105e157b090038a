package dev.refsync.core.store;

import java.util.Objects;

/**
 * Where a canonical record was read.
 *
 * @param system the connection that read it, e.g. {@code hubspot-main}
 * @param objectType the vendor object, e.g. {@code deals} or {@code Opportunity}
 * @param externalId the vendor record id
 */
public record SnapshotLocation(String system, String objectType, String externalId) {
  public SnapshotLocation {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(objectType, "objectType");
    Objects.requireNonNull(externalId, "externalId");
  }
}
