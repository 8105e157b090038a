package dev.refsync.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Splits and parses the lines of an events stream on a thread of its own while the caller turns
 * them into records. Reading a million lines is two halves of similar cost (bytes to fields; fields
 * to records, id indexes and references), so on a machine with two cores the second half no longer
 * waits for the first.
 *
 * <p>Lines reach the caller in file order, in batches of {@link #BATCH}, so what the reader makes
 * of them does not depend on the threads' timing. The parsing thread alone uses the {@link
 * EventLineParser} (and so its interner and line feed); the caller alone uses the parsed {@link
 * RawEvent}s it is handed until it hands them back. Both hand-offs go through blocking queues,
 * which order each thread's writes to a batch before the other thread's reads of it.
 *
 * <p>A failure on either side ends both: an exception of the parsing thread (an unreadable stream)
 * is rethrown to the caller, and when the caller stops (its own exception, or an interrupt) the
 * parsing thread is interrupted and waited for before the call returns, so it never reads the
 * stream after the caller has closed it.
 */
final class ParsedLines {
  static final int BATCH = 512;
  private static final int BATCHES = 4;
  private static final String THREAD_NAME = "refsync-events-parser";

  /**
   * Receives one non-blank line, parsed into {@code raw}; {@code parsed} is what parse returned.
   */
  interface Sink {
    void line(RawEvent raw, boolean parsed, long lineNumber);
  }

  private ParsedLines() {}

  /**
   * Feeds every non-blank line of {@code in}, parsed by {@code parser}, to {@code sink} on the
   * calling thread; returns the number of lines read (blank ones included).
   */
  static long read(InputStream in, EventLineParser parser, Sink sink) throws IOException {
    BlockingQueue<Batch> full = new ArrayBlockingQueue<>(BATCHES + 1);
    BlockingQueue<Batch> free = new ArrayBlockingQueue<>(BATCHES);
    for (int i = 0; i < BATCHES; i++) {
      free.add(new Batch(BATCH));
    }
    Thread parsing = new Thread(new Parsing(in, parser, full, free), THREAD_NAME);
    parsing.setDaemon(true);
    parsing.start();
    try {
      while (true) {
        Batch batch = full.take();
        if (batch.failure != null) {
          throw rethrown(batch.failure);
        }
        for (int i = 0; i < batch.size; i++) {
          sink.line(batch.raws[i], batch.parsed[i], batch.lines[i]);
        }
        if (batch.last) {
          return batch.linesRead;
        }
        batch.size = 0;
        free.put(batch);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading events");
    } finally {
      // After the last batch this is a no-op; otherwise it stops the parsing thread wherever it
      // waits (a queue, or an interruptible read of the stream).
      parsing.interrupt();
      awaitEnd(parsing);
    }
  }

  private static void awaitEnd(Thread thread) {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static IOException rethrown(Throwable failure) {
    if (failure instanceof IOException io) {
      return io;
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException("the events parser failed", failure);
  }

  /** Parsed lines in transit; reused once the caller is done with them. */
  private static final class Batch {
    final RawEvent[] raws;
    final boolean[] parsed;
    final long[] lines;
    int size;
    boolean last;
    long linesRead;
    Throwable failure;

    Batch(int capacity) {
      raws = new RawEvent[capacity];
      parsed = new boolean[capacity];
      lines = new long[capacity];
      for (int i = 0; i < capacity; i++) {
        raws[i] = new RawEvent();
      }
    }
  }

  /** The caller stopped reading; the parsing thread just ends. */
  private static final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super(null, null, false, false);
    }
  }

  /** The parsing thread: splits, parses, fills batches and hands them over. */
  private static final class Parsing implements Runnable {
    private final InputStream in;
    private final EventLineParser parser;
    private final BlockingQueue<Batch> full;
    private final BlockingQueue<Batch> free;
    private Batch batch;

    Parsing(
        InputStream in,
        EventLineParser parser,
        BlockingQueue<Batch> full,
        BlockingQueue<Batch> free) {
      this.in = in;
      this.parser = parser;
      this.full = full;
      this.free = free;
    }

    @Override
    public void run() {
      try {
        batch = free.take();
        long lines = LineSplitter.split(in, this::line);
        batch.last = true;
        batch.linesRead = lines;
        full.put(batch);
      } catch (Cancelled | InterruptedException e) {
        // The caller stopped reading and is waiting for this thread to end.
      } catch (Throwable t) {
        // Every failure is the caller's to see, errors included.
        Batch failed = new Batch(0);
        failed.failure = t;
        try {
          full.put(failed);
        } catch (InterruptedException stopped) {
          // The caller already stopped reading.
        }
      }
    }

    private void line(byte[] buf, int off, int len, long lineNumber) {
      if (isBlank(buf, off, len)) {
        return;
      }
      int i = batch.size;
      RawEvent raw = batch.raws[i];
      raw.reset();
      batch.parsed[i] = parser.parse(buf, off, len, raw);
      batch.lines[i] = lineNumber;
      if (++batch.size == batch.raws.length) {
        try {
          full.put(batch);
          batch = free.take();
        } catch (InterruptedException e) {
          throw new Cancelled();
        }
      }
    }
  }

  private static boolean isBlank(byte[] buf, int off, int len) {
    for (int i = off; i < off + len; i++) {
      byte b = buf[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
