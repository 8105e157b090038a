package dev.refsync.hubspot.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * HubSpot's rolling window on the client side: at most {@code limit} requests in any interval of
 * length {@code window} (HubSpot "API usage guidelines": TEN_SECONDLY_ROLLING, and the search API's
 * per-second limit). It keeps the send times of the last {@code limit} permits, so request {@code
 * k} goes at {@code max(now, send(k - limit) + window + margin)}: the first {@code limit} requests
 * of a window go at once and the rest follow as the window rolls, which is as fast as HubSpot
 * allows (fixed refresh cycles would only approach it).
 *
 * <p>{@code margin} (1 % of the window) absorbs the jitter between our send and HubSpot's count of
 * the arrival. Time comes from the injected clock and waiting is the caller's ({@link Pause}), so
 * tests and the benchmark run it on a simulated clock. Thread-safe: a permit is a reservation of a
 * send time, handed out under a lock, waited for outside it.
 */
public final class WindowLimiter {
  private final String name;
  private final Clock clock;
  private final Deque<Instant> sends = new ArrayDeque<>();
  private int limit;
  private Duration window;

  WindowLimiter(String name, Clock clock, int limit, Duration window) {
    this.name = name;
    this.clock = clock;
    resize(limit, window);
  }

  public String name() {
    return name;
  }

  public synchronized int limit() {
    return limit;
  }

  public synchronized Duration window() {
    return window;
  }

  /** Adopts HubSpot's reported limit; the send times already reserved still count. */
  synchronized void resize(int newLimit, Duration newWindow) {
    if (newLimit < 1 || newWindow.isNegative() || newWindow.isZero()) {
      throw new IllegalArgumentException(
          name + ": a limit of " + newLimit + " per " + newWindow + " is not usable");
    }
    this.limit = newLimit;
    this.window = newWindow;
    while (sends.size() > limit) {
      sends.removeFirst();
    }
  }

  /**
   * Reserves the next send time.
   *
   * @return how long the caller must wait before sending; zero to send now
   */
  synchronized Duration reserve() {
    Instant now = clock.instant();
    Instant at = now;
    if (sends.size() >= limit) {
      Instant freed = sends.removeFirst().plus(window).plus(window.dividedBy(100));
      if (freed.isAfter(at)) {
        at = freed;
      }
    }
    Instant last = sends.peekLast();
    if (last != null && last.isAfter(at)) {
      at = last;
    }
    sends.addLast(at);
    return Duration.between(now, at);
  }
}
