package dev.refsync.hubspot.client;

import java.time.Duration;

/**
 * How the client waits between attempts and for a rate-limit permit. Production blocks the calling
 * thread; tests pass one that advances the emulator's clock, so they never sleep (DESIGN 11).
 */
@FunctionalInterface
public interface Pause {
  void pause(Duration duration) throws InterruptedException;

  /** Blocks the current thread. */
  static Pause blocking() {
    return d -> Thread.sleep(d.toMillis(), (int) (d.toNanosPart() % 1_000_000));
  }
}
