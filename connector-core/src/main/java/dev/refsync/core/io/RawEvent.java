package dev.refsync.core.io;

import dev.refsync.core.model.ExternalRef;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of one events line as text, before typing. One instance is reused for every line, so
 * reading a file allocates only the values that end up in records.
 */
final class RawEvent {
  private static final int FIELDS = Field.values().length;

  // A fresh array per line rather than clearing one: this object lives in the old generation,
  // where every reference store pays a GC write barrier, while a new small array is nearly free.
  private String[] values = new String[FIELDS];
  private long malformed;
  final List<String> domains = new ArrayList<>();
  final List<String> roles = new ArrayList<>();
  final List<ExternalRef> references = new ArrayList<>();
  ExternalRef source;
  final List<String> problems = new ArrayList<>();

  void reset() {
    values = new String[FIELDS];
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
