package dev.refsync.core.sync;

import dev.refsync.core.config.Doc;
import java.time.Duration;
import java.util.Objects;

/**
 * How the push step retries refused rows.
 *
 * @param maxAttempts failed attempts after which a retryable row is dead-lettered
 * @param firstBackoff the wait after the first failed attempt; it doubles per attempt
 * @param maxBackoff the longest wait between two attempts
 * @param maxBatches batches one call pushes at most per target type, so shutdown is never far
 */
public record PushPolicy(
    @Doc("Failed attempts after which a retryable outbox row is dead-lettered.") int maxAttempts,
    @Doc("Wait after the first failed attempt of a row; it doubles per attempt.")
        Duration firstBackoff,
    @Doc("Longest wait between two attempts of a row.") Duration maxBackoff,
    @Doc("Batches one push pass sends at most per target type before yielding.") int maxBatches) {
  public PushPolicy {
    Objects.requireNonNull(firstBackoff, "firstBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (maxAttempts < 1 || maxBatches < 1) {
      throw new IllegalArgumentException("maxAttempts and maxBatches must be at least 1");
    }
  }

  /** Eight attempts from 30 s to one hour apart: a day-long vendor outage loses nothing. */
  public static PushPolicy defaults() {
    return new PushPolicy(8, Duration.ofSeconds(30), Duration.ofHours(1), 1_000);
  }

  /** The wait after the {@code attempts}-th failed attempt (1-based). */
  Duration backoffAfter(int attempts) {
    Duration wait = firstBackoff;
    for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
