package dev.refsync.core.io;

import java.math.BigDecimal;

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
 */
final class DecimalCache {
  private static final int SLOTS = 1 << 16;

  private final String[] texts = new String[SLOTS];
  private final BigDecimal[] values = new BigDecimal[SLOTS];

  /** The value cached for exactly this text, or null. */
  BigDecimal get(String text) {
    int slot = slotOf(text);
    return text.equals(texts[slot]) ? values[slot] : null;
  }

  /**
   * The value cached for exactly the text {@code chars[off, off+len)}, or null: lets the parser
   * take a repeated amount from its buffer without making a string of it.
   */
  BigDecimal get(char[] chars, int off, int len) {
    int hash = Interner.hash(chars, off, len);
    String text = texts[Interner.mix(hash) & (SLOTS - 1)];
    return text != null && text.hashCode() == hash && Interner.sameChars(text, chars, off, len)
        ? values[Interner.mix(hash) & (SLOTS - 1)]
        : null;
  }

  /** Caches {@code value} as the value of {@code text}. */
  void put(String text, BigDecimal value) {
    int slot = slotOf(text);
    texts[slot] = text;
    values[slot] = value;
  }

  private static int slotOf(String text) {
    return Interner.mix(text.hashCode()) & (SLOTS - 1);
  }
}
