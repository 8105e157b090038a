package dev.refsync.core.store;

import java.util.List;
import java.util.Map;

/**
 * The vendor records behind each live canonical record, as read by {@link
 * SnapshotStore#locations()}. A company synced from two CRMs has two locations.
 */
public final class SnapshotLocations {
  private final Map<String, List<SnapshotLocation>> byKey;

  SnapshotLocations(Map<String, List<SnapshotLocation>> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  /**
   * Where the canonical record of this type and id was read, in (system, object type, external id)
   * order; empty when it was read nowhere.
   *
   * @param type the canonical record type, e.g. {@code Deal.class}
   */
  public List<SnapshotLocation> of(Class<?> type, String canonicalId) {
    return List.copyOf(byKey.getOrDefault(key(type, canonicalId), List.of()));
  }

  /** Where it was read by one connection. */
  public List<SnapshotLocation> of(Class<?> type, String canonicalId, String system) {
    return of(type, canonicalId).stream().filter(l -> l.system().equals(system)).toList();
  }

  static String key(Class<?> type, String canonicalId) {
    return type.getSimpleName() + '\u0000' + canonicalId;
  }
}
