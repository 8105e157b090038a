package dev.refsync.core.io;

/**
 * Ids of one record kind mapped to the line that defined them, positive when the line was accepted
 * and negative when it was rejected, so a dependent record can say which line it depended on. Open
 * addressing with parallel arrays keeps it to about 24 bytes per id.
 */
final class IdIndex {
  private String[] keys = new String[1 << 10];
  private long[] lines = new long[1 << 10];
  private int size;

  /** The recorded line for {@code id}: positive accepted, negative rejected, 0 unknown. */
  long get(String id) {
    int mask = keys.length - 1;
    for (int i = Interner.mix(id.hashCode()) & mask; keys[i] != null; i = (i + 1) & mask) {
      if (keys[i].equals(id)) {
        return lines[i];
      }
    }
    return 0;
  }

  /** Records {@code id} as accepted at {@code line} (or rejected, with a negative line). */
  void put(String id, long line) {
    int mask = keys.length - 1;
    int i = Interner.mix(id.hashCode()) & mask;
    while (keys[i] != null) {
      if (keys[i].equals(id)) {
        lines[i] = line;
        return;
      }
      i = (i + 1) & mask;
    }
    keys[i] = id;
    lines[i] = line;
    if (++size * 2 > keys.length) {
      grow();
    }
  }

  private void grow() {
    String[] oldKeys = keys;
    long[] oldLines = lines;
    keys = new String[oldKeys.length * 2];
    lines = new long[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        int i = Interner.mix(oldKeys[j].hashCode()) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        lines[i] = oldLines[j];
      }
    }
  }
}
