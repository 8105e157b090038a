package dev.refsync.core.io;

import dev.refsync.core.model.CompactStrings;

/**
 * Ids of one record kind mapped to the line that defined them, positive when the line was accepted
 * and negative when it was rejected, so a dependent record can say which line it depended on. Open
 * addressing with parallel arrays (no node objects); the stored hash codes let a probe skip
 * non-matching keys without dereferencing them, which is what a million random look-ups spend their
 * time on.
 *
 * <p>Ids are kept as bytes ({@link CompactStrings}), not as the strings read: the index would
 * otherwise keep a million payment ids alive through the whole read, two objects each for the
 * collector to copy and mark, after the records themselves stopped needing them.
 *
 * <p>The table is split into {@link #SEGMENTS} independent tables chosen by the top bits of the
 * hash, so that up to millions of ids no array reaches the garbage collector's "humongous" size
 * (half a 1 MB G1 region at a 512 MB heap): growing one huge table re-allocated multi-megabyte
 * arrays, and every such allocation could start a concurrent marking cycle of the whole heap.
 */
final class IdIndex {
  private static final int SEGMENT_BITS = 6;
  private static final int SEGMENTS = 1 << SEGMENT_BITS;

  private final Segment[] segments = new Segment[SEGMENTS];
  private final CompactStrings ids = new CompactStrings();

  IdIndex() {
    for (int i = 0; i < SEGMENTS; i++) {
      segments[i] = new Segment(ids);
    }
  }

  /** The recorded line for {@code id}: positive accepted, negative rejected, 0 unknown. */
  long get(String id) {
    int h = Interner.mix(id.hashCode());
    return segmentOf(h).get(id, h);
  }

  /** Records {@code id} at {@code line} (negative: rejected), replacing any earlier line. */
  void put(String id, long line) {
    int h = Interner.mix(id.hashCode());
    segmentOf(h).put(id, h, Math.toIntExact(line), true);
  }

  /**
   * Records {@code id} at {@code line} unless it is already there; returns the earlier line, or 0
   * when this call recorded it.
   */
  long putIfAbsent(String id, long line) {
    int h = Interner.mix(id.hashCode());
    return segmentOf(h).put(id, h, Math.toIntExact(line), false);
  }

  private Segment segmentOf(int h) {
    return segments[h >>> (Integer.SIZE - SEGMENT_BITS)];
  }

  /**
   * One open-addressing table, indexed by the low bits of the hash. Each slot's hash and line are
   * packed into one long (hash high, line low; 0 = empty, as no line is 0), so probing for a new id
   * reads one array, not three: a million random inserts are bound by those cache misses.
   */
  private static final class Segment {
    private final CompactStrings ids;
    private int[] keys = new int[16];
    private long[] slots = new long[16];
    private int size;

    Segment(CompactStrings ids) {
      this.ids = ids;
    }

    long get(String id, int h) {
      int mask = keys.length - 1;
      for (int i = h & mask; slots[i] != 0; i = (i + 1) & mask) {
        if ((int) (slots[i] >>> 32) == h && ids.matches(keys[i], id)) {
          return (int) slots[i];
        }
      }
      return 0;
    }

    /**
     * Records {@code id} at {@code line}; an existing entry is overwritten only when {@code
     * replace}. Returns the line held before, or 0 when {@code id} was new.
     */
    long put(String id, int h, int line, boolean replace) {
      int mask = keys.length - 1;
      int i = h & mask;
      for (long slot; (slot = slots[i]) != 0; i = (i + 1) & mask) {
        if ((int) (slot >>> 32) == h && ids.matches(keys[i], id)) {
          if (replace) {
            slots[i] = pack(h, line);
          }
          return (int) slot;
        }
      }
      keys[i] = ids.add(id);
      slots[i] = pack(h, line);
      // Grown at three quarters full rather than half: a probe compares packed hashes, so the
      // longer runs cost little, while the smaller tables halve what growing allocates (50 MB of
      // a million-line read, all of it promoted and then dropped) and the cache misses of inserts.
      if (++size * 4 > keys.length * 3) {
        grow();
      }
      return 0;
    }

    private static long pack(int h, int line) {
      if (line == 0) {
        throw new IllegalArgumentException("line numbers start at 1");
      }
      return ((long) h << 32) | (line & 0xFFFFFFFFL);
    }

    private void grow() {
      int[] oldKeys = keys;
      long[] oldSlots = slots;
      keys = new int[oldKeys.length * 2];
      slots = new long[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldSlots[j] != 0) {
          int i = (int) (oldSlots[j] >>> 32) & mask;
          while (slots[i] != 0) {
            i = (i + 1) & mask;
          }
          keys[i] = oldKeys[j];
          slots[i] = oldSlots[j];
        }
      }
    }
  }
}
