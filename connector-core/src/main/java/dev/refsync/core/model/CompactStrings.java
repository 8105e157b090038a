package dev.refsync.core.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Strings kept as bytes in shared 64 KB chunks, each named by an {@code int} handle: a million ids
 * are a few hundred arrays the garbage collector neither traces nor copies one by one, instead of
 * two million objects. Append-only; a string is built again when it is read.
 *
 * <p>Exact for every string: ISO-8859-1 (a byte a char) when every char fits in a byte, as ids
 * nearly always do, else two bytes a char (UTF-8 would not round-trip a lone surrogate, which a
 * JSON escape can produce). Each entry is a 4-byte header (its char count, negated for two-byte
 * chars) followed by its bytes.
 */
public final class CompactStrings {
  private static final int CHUNK_BITS = 16;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final int HEADER = 4;

  private final List<byte[]> chunks = new ArrayList<>();
  private int free;

  /** Stores {@code s}; returns its handle. */
  public int add(String s) {
    boolean wide = false;
    for (int k = 0; k < s.length() && !wide; k++) {
      wide = s.charAt(k) > 0xFF;
    }
    int size = HEADER + s.length() * (wide ? 2 : 1);
    if (chunks.isEmpty() || free < size) {
      // An entry never spans chunks; one longer than a chunk gets a chunk of its own.
      chunks.add(new byte[Math.max(CHUNK, size)]);
      free = Math.max(CHUNK, size);
    }
    if (chunks.size() > 1 << (Integer.SIZE - CHUNK_BITS)) {
      throw new IllegalStateException("more than 4 GB of strings");
    }
    int chunk = chunks.size() - 1;
    byte[] bytes = chunks.get(chunk);
    int at = bytes.length - free;
    int header = wide ? -s.length() : s.length();
    bytes[at] = (byte) (header >>> 24);
    bytes[at + 1] = (byte) (header >>> 16);
    bytes[at + 2] = (byte) (header >>> 8);
    bytes[at + 3] = (byte) header;
    if (wide) {
      for (int k = 0; k < s.length(); k++) {
        bytes[at + HEADER + 2 * k] = (byte) (s.charAt(k) >>> 8);
        bytes[at + HEADER + 2 * k + 1] = (byte) s.charAt(k);
      }
    } else {
      for (int k = 0; k < s.length(); k++) {
        bytes[at + HEADER + k] = (byte) s.charAt(k);
      }
    }
    free -= size;
    return chunk << CHUNK_BITS | at;
  }

  /** The string stored under {@code handle}. */
  public String get(int handle) {
    byte[] bytes = chunks.get(handle >>> CHUNK_BITS);
    int at = handle & (CHUNK - 1);
    int header = header(bytes, at);
    if (header >= 0) {
      return new String(bytes, at + HEADER, header, StandardCharsets.ISO_8859_1);
    }
    char[] chars = new char[-header];
    for (int k = 0; k < chars.length; k++) {
      int b = at + HEADER + 2 * k;
      chars[k] = (char) ((bytes[b] & 0xFF) << 8 | (bytes[b + 1] & 0xFF));
    }
    return new String(chars);
  }

  /** True when the string stored under {@code handle} equals {@code s}, without building it. */
  public boolean matches(int handle, String s) {
    byte[] bytes = chunks.get(handle >>> CHUNK_BITS);
    int at = handle & (CHUNK - 1);
    int header = header(bytes, at);
    boolean wide = header < 0;
    if ((wide ? -header : header) != s.length()) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      char c =
          wide
              ? (char)
                  ((bytes[at + HEADER + 2 * k] & 0xFF) << 8
                      | (bytes[at + HEADER + 2 * k + 1] & 0xFF))
              : (char) (bytes[at + HEADER + k] & 0xFF);
      if (c != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int header(byte[] bytes, int at) {
    return (bytes[at] & 0xFF) << 24
        | (bytes[at + 1] & 0xFF) << 16
        | (bytes[at + 2] & 0xFF) << 8
        | (bytes[at + 3] & 0xFF);
  }
}
