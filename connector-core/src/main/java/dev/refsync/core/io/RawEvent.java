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

  static {
    // One bit per field in the masks below.
    if (FIELDS > Long.SIZE) {
      throw new ExceptionInInitializerError("more fields than bits in a long");
    }
  }

  // Cleared per line rather than re-allocated: storing null skips G1's card-marking barrier, and a
  // fresh array per line was the single most sampled allocation site of reading a million lines.
  private final String[] values = new String[FIELDS];
  // The values the parser typed straight from its buffer (see Field.Form); such a field has no
  // text.
  private final Object[] typed = new Object[FIELDS];
  // The fields set on this line, so a reset clears only those: clearing both arrays whole for every
  // line was a visible part of the parsing thread's profile.
  private long present;
  private long malformed;
  final List<String> domains = new ArrayList<>();
  final List<String> roles = new ArrayList<>();
  final List<ExternalRef> references = new ArrayList<>();
  ExternalRef source;
  final List<String> problems = new ArrayList<>();

  void reset() {
    for (long set = present; set != 0; set &= set - 1) {
      int i = Long.numberOfTrailingZeros(set);
      values[i] = null;
      typed[i] = null;
    }
    present = 0;
    malformed = 0;
    domains.clear();
    roles.clear();
    references.clear();
    source = null;
    problems.clear();
  }

  /** The field's text; null when absent or when the parser {@link #setTyped typed} it. */
  String get(Field field) {
    return values[field.ordinal()];
  }

  /** The value the parser typed for the field, or null. */
  Object typed(Field field) {
    return typed[field.ordinal()];
  }

  /** Records that the field was present with the wrong JSON type (already reported). */
  void markMalformed(Field field) {
    malformed |= 1L << field.ordinal();
  }

  boolean isMalformed(Field field) {
    return (malformed & (1L << field.ordinal())) != 0;
  }

  /** Sets the field's text; a field repeated in a line keeps its last value, as JSON readers do. */
  void set(Field field, String value) {
    values[field.ordinal()] = value;
    typed[field.ordinal()] = null;
    present |= 1L << field.ordinal();
  }

  /**
   * Sets the field's value as the parser typed it from text that converts to exactly this value
   * (the same as the record factory would make of it), instead of its text.
   */
  void setTyped(Field field, Object value) {
    values[field.ordinal()] = null;
    typed[field.ordinal()] = value;
    present |= 1L << field.ordinal();
  }
}
