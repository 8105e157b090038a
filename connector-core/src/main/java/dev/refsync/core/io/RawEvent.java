package dev.refsync.core.io;

import dev.refsync.core.model.ExternalRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of one events line as text, before typing. One instance is reused for every line, so
 * reading a file allocates only the values that end up in records.
 */
final class RawEvent {
  private static final int FIELDS = Field.values().length;

  // Cleared per line rather than re-allocated: storing null skips G1's card-marking barrier, and a
  // fresh array per line was the single most sampled allocation site of reading a million lines.
  private final String[] values = new String[FIELDS];
  private long malformed;
  final List<String> domains = new ArrayList<>();
  final List<String> roles = new ArrayList<>();
  final List<ExternalRef> references = new ArrayList<>();
  ExternalRef source;
  final List<String> problems = new ArrayList<>();

  void reset() {
    Arrays.fill(values, null);
    malformed = 0;
    domains.clear();
    roles.clear();
    references.clear();
    source = null;
    problems.clear();
  }

  String get(Field field) {
    return values[field.ordinal()];
  }

  /** Records that the field was present with the wrong JSON type (already reported). */
  void markMalformed(Field field) {
    malformed |= 1L << field.ordinal();
  }

  boolean isMalformed(Field field) {
    return (malformed & (1L << field.ordinal())) != 0;
  }

  void set(Field field, String value) {
    values[field.ordinal()] = value;
  }
}
