package dev.refsync.sandbox.hubspot;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One stored record; immutable, replaced on every write.
 *
 * @param archivedAt null while the record is live
 */
record CrmObject(
    long id,
    String objectTypeId,
    Map<String, String> properties,
    Instant createdAt,
    Instant updatedAt,
    Instant archivedAt) {

  CrmObject {
    properties = Collections.unmodifiableMap(new TreeMap<>(properties));
  }

  boolean archived() {
    return archivedAt != null;
  }

  String property(String name) {
    return properties.get(name);
  }
}
