package dev.refsync.core.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The records of one kind that passed the per-line checks, with the line each came from (a parallel
 * {@code int[]} rather than a wrapper object per record, to keep a million lines small).
 */
final class Accepted<T> {
  final List<T> records = new ArrayList<>();
  private int[] lines = new int[16];

  void add(T record, long line) {
    if (records.size() == lines.length) {
      lines = Arrays.copyOf(lines, lines.length * 2);
    }
    lines[records.size()] = Math.toIntExact(line);
    records.add(record);
  }

  int size() {
    return records.size();
  }

  T record(int i) {
    return records.get(i);
  }

  long line(int i) {
    return lines[i];
  }
}
