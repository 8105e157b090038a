package dev.refsync.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding them to {@code String}s: the JSON parser reads
 * UTF-8 bytes straight from the buffer, so no line text is ever allocated or retained.
 */
final class LineSplitter {
  /** Receives one line: {@code buf[off, off+len)} without its terminator. */
  interface LineSink {
    void line(byte[] buf, int off, int len, long lineNumber);
  }

  private static final int INITIAL_BUFFER = 1 << 16;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long LOW_BITS = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  private LineSplitter() {}

  /** Feeds every line of {@code in} to {@code sink}; returns the number of lines. */
  static long split(InputStream in, LineSink sink) throws IOException {
    byte[] buf = new byte[INITIAL_BUFFER];
    int start = 0;
    int end = 0;
    long lineNumber = 0;
    boolean first = true;
    while (true) {
      if (end == buf.length) {
        if (start > 0) {
          System.arraycopy(buf, start, buf, 0, end - start);
          end -= start;
          start = 0;
        } else {
          buf = Arrays.copyOf(buf, buf.length * 2);
        }
      }
      int n = in.read(buf, end, buf.length - end);
      if (n < 0) {
        break;
      }
      int scanFrom = end;
      end += n;
      for (int i = indexOfNewline(buf, scanFrom, end);
          i >= 0;
          i = indexOfNewline(buf, i + 1, end)) {
        lineNumber++;
        int from = first ? skipBom(buf, start, i) : start;
        first = false;
        sink.line(buf, from, trimCr(buf, from, i) - from, lineNumber);
        start = i + 1;
      }
    }
    if (start < end) {
      lineNumber++;
      int from = first ? skipBom(buf, start, end) : start;
      sink.line(buf, from, trimCr(buf, from, end) - from, lineNumber);
    }
    return lineNumber;
  }

  /**
   * The index of the first '\n' in {@code buf[from, to)}, or -1. Eight bytes at a time: finding
   * line ends byte by byte was a sizeable part of reading a large file. {@code x ^ NEWLINES} has a
   * zero byte exactly where {@code x} has a '\n', and the classic zero-byte test below marks the
   * lowest such byte exactly (a false mark can only appear above a real one).
   */
  static int indexOfNewline(byte[] buf, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long x = (long) LONGS.get(buf, i) ^ NEWLINES;
      long zeros = (x - LOW_BITS) & ~x & HIGH_BITS;
      if (zeros != 0) {
        return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (buf[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static int trimCr(byte[] buf, int from, int to) {
    return to > from && buf[to - 1] == '\r' ? to - 1 : to;
  }

  /** Spreadsheet exports often start with a UTF-8 byte-order mark; it is not part of the JSON. */
  private static int skipBom(byte[] buf, int from, int to) {
    if (to - from >= 3
        && buf[from] == (byte) 0xEF
        && buf[from + 1] == (byte) 0xBB
        && buf[from + 2] == (byte) 0xBF) {
      return from + 3;
    }
    return from;
  }
}
