package dev.refsync.core.io;

/**
 * Ids of one record kind mapped to the line that defined them, positive when the line was accepted
 * and negative when it was rejected, so a dependent record can say which line it depended on. Open
 * addressing with parallel arrays (about 24 bytes per id, no node objects); the stored hash codes
 * let a probe skip non-matching keys without dereferencing them, which is what a million random
 * look-ups spend their time on.
 */
final class IdIndex {
  private String[] keys = new String[1 << 10];
  private int[] hashes = new int[1 << 10];
  private int[] lines = new int[1 << 10];
  private int size;

  /** The recorded line for {@code id}: positive accepted, negative rejected, 0 unknown. */
  long get(String id) {
    int h = Interner.mix(id.hashCode());
    int mask = keys.length - 1;
    for (int i = h & mask; keys[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == h && keys[i].equals(id)) {
        return lines[i];
      }
    }
    return 0;
  }

  /** Records {@code id} at {@code line} (negative: rejected), replacing any earlier line. */
  void put(String id, long line) {
    int slot = slotOf(id);
    if (keys[slot] != null) {
      lines[slot] = Math.toIntExact(line);
    } else {
      insert(slot, id, line);
    }
  }

  /**
   * Records {@code id} at {@code line} unless it is already there; returns the earlier line, or 0
   * when this call recorded it.
   */
  long putIfAbsent(String id, long line) {
    int slot = slotOf(id);
    if (keys[slot] != null) {
      return lines[slot];
    }
    insert(slot, id, line);
    return 0;
  }

  /** The slot holding {@code id}, or the empty slot where it belongs. */
  private int slotOf(String id) {
    int h = Interner.mix(id.hashCode());
    int mask = keys.length - 1;
    int i = h & mask;
    while (keys[i] != null && !(hashes[i] == h && keys[i].equals(id))) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void insert(int slot, String id, long line) {
    keys[slot] = id;
    hashes[slot] = Interner.mix(id.hashCode());
    lines[slot] = Math.toIntExact(line);
    if (++size * 2 > keys.length) {
      grow();
    }
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    int[] oldLines = lines;
    keys = new String[oldKeys.length * 2];
    hashes = new int[oldKeys.length * 2];
    lines = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        int i = oldHashes[j] & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        hashes[i] = oldHashes[j];
        lines[i] = oldLines[j];
      }
    }
  }
}
