package dev.refsync.core.error;

/** What an adapter's classifier decides about a failed call (DESIGN 11). */
public enum RetryDecision {
  /** Try again with capped, jittered backoff. */
  RETRYABLE,
  /** Try again after the vendor's {@code Retry-After} or the limit window. */
  RATE_LIMITED,
  /** Never retry: dead-letter or stop, with the vendor's message. */
  PERMANENT
}
