package dev.refsync.mappings.spec;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated mapping file: how one vendor system's records become canonical records and what is
 * written back (DESIGN 6 and 8). Build it with {@code MappingLoader}, which validates first.
 *
 * @param version format version (1)
 * @param system the vendor system
 * @param records per canonical kind, the vendor objects it is read from
 * @param writeBack per write-back kind, the vendor object written
 */
public record MappingSpec(
    int version,
    SystemName system,
    Map<RecordKind, List<RecordSource>> records,
    Map<WriteBackKind, WriteTarget> writeBack) {
  public MappingSpec {
    records = records == null ? Map.of() : Map.copyOf(records);
    writeBack = writeBack == null ? Map.of() : Map.copyOf(writeBack);
  }

  public List<RecordSource> sources(RecordKind kind) {
    return records.getOrDefault(kind, List.of());
  }

  public Optional<WriteTarget> target(WriteBackKind kind) {
    return Optional.ofNullable(writeBack.get(kind));
  }
}
