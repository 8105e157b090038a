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
    add(i, s);
    return s;
  }

  /**
   * The canonical instance equal to {@code chars[off, off+len)}; a new string is made only the
   * first time, so a repeated value read from a parser's buffer costs no allocation.
   */
  String intern(char[] chars, int off, int len) {
    int hash = hash(chars, off, len);
    int mask = table.length - 1;
    int i = mix(hash) & mask;
    for (String existing; (existing = table[i]) != null; i = (i + 1) & mask) {
      if (existing.hashCode() == hash && sameChars(existing, chars, off, len)) {
        return existing;
      }
    }
    String s = new String(chars, off, len);
    add(i, s);
    return s;
  }

  /** The hash code of {@code chars[off, off+len)}: the same as {@link String#hashCode}'s. */
  static int hash(char[] chars, int off, int len) {
    int hash = 0;
    for (int k = off; k < off + len; k++) {
      hash = 31 * hash + chars[k];
    }
    return hash;
  }

  static boolean sameChars(String s, char[] chars, int off, int len) {
    if (s.length() != len) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (s.charAt(k) != chars[off + k]) {
        return false;
      }
    }
    return true;
  }

  private void add(int slot, String s) {
    table[slot] = s;
    if (++size * 2 > table.length) {
      grow();
    }
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
