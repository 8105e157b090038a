package dev.refsync.core.io;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Remembers the amounts already read, by their exact text, so the many lines that repeat an amount
 * (every invoice of a subscription) share one {@link BigDecimal}: a million payments carry only
 * tens of thousands of distinct amounts, and each copy would cost 40 bytes of the 512 MB budget
 * (DESIGN 7 benchmark) and its parsing time.
 *
 * <p>Direct-mapped with a fixed number of slots, so a file of all-distinct amounts costs a bounded
 * table and never more memory than not caching; a slot taken by another text is simply replaced.
 * The cached value is the one {@link FieldValues#decimal} gave for the same text, so caching never
 * changes a value or its scale.
 *
 * <p>Safe for one writer and concurrent readers ({@link ParsedLines}: the parsing thread looks
 * amounts up, the thread that validates them adds them): a slot holds text and value as one
 * immutable entry, so a reader sees a whole entry or none.
 */
final class DecimalCache {
  private static final int SLOTS = 1 << 16;

  private record Entry(String text, BigDecimal value) {}

  private final AtomicReferenceArray<Entry> entries = new AtomicReferenceArray<>(SLOTS);

  /** The value cached for exactly this text, or null. */
  BigDecimal get(String text) {
    Entry e = entries.get(slotOf(text.hashCode()));
    return e != null && text.equals(e.text) ? e.value : null;
  }

  /**
   * The value cached for exactly the text {@code chars[off, off+len)}, or null: lets the parser
   * take a repeated amount from its buffer without making a string of it.
   */
  BigDecimal get(char[] chars, int off, int len) {
    int hash = Interner.hash(chars, off, len);
    Entry e = entries.get(slotOf(hash));
    return e != null && e.text.hashCode() == hash && Interner.sameChars(e.text, chars, off, len)
        ? e.value
        : null;
  }

  /** Caches {@code value} as the value of {@code text}. */
  void put(String text, BigDecimal value) {
    entries.set(slotOf(text.hashCode()), new Entry(text, value));
  }

  private static int slotOf(int hash) {
    return Interner.mix(hash) & (SLOTS - 1);
  }
}
