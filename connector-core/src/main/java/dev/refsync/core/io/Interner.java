package dev.refsync.core.io;

/**
 * Canonicalizes repeated strings (account ids, currencies, tiers, roles) so that a million-line
 * file keeps one instance of each instead of one per line. An open-addressing table: one array slot
 * per distinct string, no per-entry node objects, which matters at the 512 MB budget.
 */
final class Interner {
  private String[] table = new String[1 << 12];
  private int size;

  /** The canonical instance equal to {@code s}; null stays null. */
  String intern(String s) {
    if (s == null) {
      return null;
    }
    int mask = table.length - 1;
    int i = mix(s.hashCode()) & mask;
    for (String existing; (existing = table[i]) != null; i = (i + 1) & mask) {
      if (existing.equals(s)) {
        return existing;
      }
    }
    table[i] = s;
    if (++size * 2 > table.length) {
      grow();
    }
    return s;
  }

  private void grow() {
    String[] old = table;
    table = new String[old.length * 2];
    int mask = table.length - 1;
    for (String s : old) {
      if (s != null) {
        int i = mix(s.hashCode()) & mask;
        while (table[i] != null) {
          i = (i + 1) & mask;
        }
        table[i] = s;
      }
    }
  }

  /**
   * Fibonacci hashing: ids such as {@code pay-00000123} have nearly sequential hash codes, which
   * would form long runs under linear probing without a multiplicative spread.
   */
  static int mix(int h) {
    int z = h * 0x9E3779B9;
    return z ^ (z >>> 16);
  }
}
