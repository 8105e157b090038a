package dev.refsync.sandbox.core;

/** A request budget the emulator enforces like the vendor does. Thread-safe. */
public interface RateLimiter {

  /** Takes one permit if available. Refused requests take nothing. */
  RateLimitDecision tryAcquire();

  /** The configured maximum per window. */
  long limit();

  /** Permits left now, without taking one. */
  long remaining();
}
