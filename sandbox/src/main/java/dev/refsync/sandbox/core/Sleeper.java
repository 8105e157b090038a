package dev.refsync.sandbox.core;

import java.time.Duration;

/** How injected latency is spent; replaceable so nothing in a test ever sleeps. */
@FunctionalInterface
public interface Sleeper {
  Sleeper THREAD = d -> Thread.sleep(d.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
