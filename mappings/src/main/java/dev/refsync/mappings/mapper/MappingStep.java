package dev.refsync.mappings.mapper;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.core.port.DeadLetter;
import dev.refsync.core.port.DeadLetterSink;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a batch of vendor records for a sync. A record that fails to map goes to the dead-letter
 * table with the mapper's message and its raw payload; it never stops the others (DESIGN 9).
 */
public final class MappingStep {
  private final RecordMapper mapper;
  private final DeadLetterSink deadLetters;
  private final Clock clock;

  public MappingStep(RecordMapper mapper, DeadLetterSink deadLetters, Clock clock) {
    this.mapper = mapper;
    this.deadLetters = deadLetters;
    this.clock = clock;
  }

  /**
   * One record as read, with what the adapter knows about it.
   *
   * @param record the vendor JSON
   * @param context associations supplied by the adapter
   */
  public record VendorRecord(JsonNode record, MappingContext context) {
    public static VendorRecord of(JsonNode record) {
      return new VendorRecord(record, MappingContext.empty());
    }
  }

  /**
   * The outcome of a batch.
   *
   * @param mapped the canonical records, in input order
   * @param deadLettered how many vendor records were dead-lettered
   */
  public record BatchResult(List<MappedRecord> mapped, int deadLettered) {
    public BatchResult {
      mapped = List.copyOf(mapped);
    }
  }

  public BatchResult mapBatch(String objectType, List<VendorRecord> records) {
    List<MappedRecord> mapped = new ArrayList<>();
    int failed = 0;
    for (VendorRecord r : records) {
      try {
        mapped.addAll(mapper.map(objectType, r.record(), r.context()));
      } catch (MappingException e) {
        failed++;
        deadLetters.deadLetter(
            new DeadLetter(
                e.system(),
                objectType,
                e.recordId(),
                r.record().toString(),
                e.getMessage(),
                clock.instant()));
      }
    }
    return new BatchResult(mapped, failed);
  }
}
