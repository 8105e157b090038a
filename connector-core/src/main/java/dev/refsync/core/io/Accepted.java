package dev.refsync.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The records of one kind that passed the per-line checks, with the line each came from (a parallel
 * {@code int} per record rather than a wrapper object, to keep a million lines small).
 *
 * <p>Stored in fixed-size chunks rather than one growing array: growing an array of hundreds of
 * thousands of references re-allocates "humongous" G1 objects (half a 1 MB region at a 512 MB heap)
 * over and over, each of which may start a concurrent marking cycle of the whole heap.
 */
final class Accepted<T> implements Rows {
  private static final int CHUNK_BITS = 12;
  private static final int CHUNK = 1 << CHUNK_BITS;

  private final List<Object[]> records = new ArrayList<>();
  private final List<int[]> lines = new ArrayList<>();
  private int size;

  void add(T record, long line) {
    int at = size & (CHUNK - 1);
    if (at == 0) {
      records.add(new Object[CHUNK]);
      lines.add(new int[CHUNK]);
    }
    records.get(size >>> CHUNK_BITS)[at] = record;
    lines.get(size >>> CHUNK_BITS)[at] = Math.toIntExact(line);
    size++;
  }

  @Override
  public int size() {
    return size;
  }

  @SuppressWarnings("unchecked")
  T record(int i) {
    return (T) records.get(i >>> CHUNK_BITS)[i & (CHUNK - 1)];
  }

  @Override
  public long line(int i) {
    return lines.get(i >>> CHUNK_BITS)[i & (CHUNK - 1)];
  }

  /** {@code field} of the record at each row, for code that reads records by row. */
  IntFunction<String> field(Function<T, String> field) {
    return row -> field.apply(record(row));
  }

  /** The records whose {@code keep[row]} is true, in the order added. */
  List<T> toList(boolean[] keep) {
    List<T> kept = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      if (keep[i]) {
        kept.add(record(i));
      }
    }
    return kept;
  }

  /** Every record, in the order added. */
  List<T> toList() {
    List<T> all = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      all.add(record(i));
    }
    return all;
  }
}
