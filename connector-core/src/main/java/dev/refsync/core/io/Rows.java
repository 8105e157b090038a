package dev.refsync.core.io;

/** The accepted records of one kind as the reference check reads them: by row, in line order. */
interface Rows {
  int size();

  /** The line the record at {@code row} came from. */
  long line(int row);

  /** The row of the record from {@code line}, or -1: lines are added in increasing order. */
  default int rowAt(long line) {
    int lo = 0;
    int hi = size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      long at = line(mid);
      if (at < line) {
        lo = mid + 1;
      } else if (at > line) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
