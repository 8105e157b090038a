package dev.refsync.mappings.mapper;

import dev.refsync.mappings.spec.RecordKind;
import java.util.Objects;

/**
 * One vendor record mapped to one canonical record of {@code dev.refsync.core.model}.
 *
 * @param kind which canonical record
 * @param record the canonical record: a {@code Referrer}, {@code Referral}, {@code Account}, {@code
 *     Contact}, {@code Deal}, {@code Payment}, {@code Refund} or {@code Churn}
 */
public record MappedRecord(RecordKind kind, Record record) {
  public MappedRecord {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(record, "record");
  }

  /** The record as its class, e.g. {@code as(Deal.class)}. */
  public <T extends Record> T as(Class<T> type) {
    return type.cast(record);
  }
}
