package dev.refsync.core.port;

import dev.refsync.core.error.RetryDecision;
import dev.refsync.core.store.OutboxRow;
import java.util.Objects;

/**
 * One outbox row the vendor refused.
 *
 * @param row the row as claimed
 * @param error the vendor's own error (code and message), kept on the row or its dead letter
 * @param decision RETRYABLE or RATE_LIMITED: tried again later; PERMANENT: dead-lettered now
 */
public record PushFailure(OutboxRow row, String error, RetryDecision decision) {
  public PushFailure {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(decision, "decision");
  }
}
