package dev.refsync.core.sync;

import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.core.error.RateLimitedException;
import dev.refsync.core.error.RetryDecision;
import dev.refsync.core.port.OutboxPusher;
import dev.refsync.core.port.PushFailure;
import dev.refsync.core.port.PushOutcome;
import dev.refsync.core.store.OutboxRow;
import dev.refsync.core.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The push step of DESIGN 2 and 9: sends due outbox rows in vendor-sized batches and marks them
 * done only after the vendor accepted them. A refused row is retried with backoff or, when the
 * vendor's error is permanent or the attempts run out, dead-lettered with that error; nothing is
 * dropped. A batch is claimed, sent and settled with no transaction held across the vendor call: if
 * the process dies in between, the rows are still pending and the upsert is simply repeated.
 */
public final class PushStep {
  private static final Logger log = LoggerFactory.getLogger(PushStep.class);

  private final Store store;
  private final PushPolicy policy;
  private final Clock clock;

  public PushStep(Store store, PushPolicy policy, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Pushes every due row of the connection, target type by target type.
   *
   * @throws ConnectorApiException when a whole batch failed permanently (say, the credentials were
   *     revoked): the rows stay pending and the route's error policy reports it
   */
  public PushReport push(OutboxPusher pusher) {
    Tally tally = new Tally();
    for (String targetType : pusher.targetTypes()) {
      if (!pushTarget(pusher, targetType, tally)) {
        break;
      }
    }
    PushReport report =
        new PushReport(pusher.connection(), tally.batches, tally.pushed, tally.retried, tally.dead);
    if (report.batches() > 0) {
      log.info(
          "Pushed {}: {} rows in {} batches, {} to retry, {} dead-lettered",
          report.connection(),
          report.pushed(),
          report.batches(),
          report.retried(),
          report.deadLettered());
    }
    return report;
  }

  /**
   * @return false when the vendor is rate limiting or failing: stop this pass.
   */
  private boolean pushTarget(OutboxPusher pusher, String targetType, Tally tally) {
    int size = pusher.batchSize(targetType);
    for (int batch = 0; batch < policy.maxBatches(); batch++) {
      Instant now = clock.instant();
      List<OutboxRow> rows =
          store.inTransaction(
              tx -> tx.outbox().claimBatch(pusher.connection(), targetType, size, now));
      if (rows.isEmpty()) {
        return true;
      }
      tally.batches++;
      PushOutcome outcome;
      try {
        outcome = pusher.push(targetType, rows);
      } catch (ConnectorApiException e) {
        RetryDecision decision = pusher.classifier().classify(e);
        if (decision == RetryDecision.PERMANENT) {
          throw e;
        }
        Duration wait =
            e instanceof RateLimitedException limited && limited.retryAfter() != null
                ? limited.retryAfter()
                : null;
        settle(rows.stream().map(r -> new PushFailure(r, e.getMessage(), decision)).toList(), wait);
        tally.retried += rows.size();
        log.warn(
            "Push of {} {} stopped for now ({}): {}",
            pusher.connection(),
            targetType,
            decision,
            e.getMessage());
        return false;
      }
      checkComplete(pusher, targetType, rows, outcome);
      store.inTransaction(tx -> tx.outbox().markDone(outcome.accepted()));
      tally.pushed += outcome.accepted().size();
      int dead = settle(outcome.failed(), null);
      tally.dead += dead;
      tally.retried += outcome.failed().size() - dead;
    }
    return true;
  }

  /**
   * Records failed rows: a rate-limited row waits the vendor's time without spending an attempt; a
   * retryable one waits the backoff for its attempt count; a permanent one, or one out of attempts,
   * is dead-lettered.
   *
   * @return how many were dead-lettered
   */
  private int settle(List<PushFailure> failures, Duration vendorWait) {
    if (failures.isEmpty()) {
      return 0;
    }
    Instant now = clock.instant();
    return store.inTransaction(
        tx -> {
          int dead = 0;
          for (PushFailure failure : failures) {
            OutboxRow row = failure.row();
            int attempts = row.attempts() + 1;
            if (failure.decision() == RetryDecision.RATE_LIMITED) {
              Duration wait = vendorWait != null ? vendorWait : policy.firstBackoff();
              tx.outbox().postpone(row.id(), now.plus(wait));
            } else if (failure.decision() == RetryDecision.PERMANENT
                || attempts >= policy.maxAttempts()) {
              tx.outbox().deadLetter(row, failure.error());
              dead++;
            } else {
              Duration wait = vendorWait != null ? vendorWait : policy.backoffAfter(attempts);
              tx.outbox().markFailed(row.id(), failure.error(), now.plus(wait));
            }
          }
          return dead;
        });
  }

  /** A pusher that loses track of a row would leave it pending forever: refuse that loudly. */
  private static void checkComplete(
      OutboxPusher pusher, String targetType, List<OutboxRow> rows, PushOutcome outcome) {
    if (outcome.accepted().size() + outcome.failed().size() != rows.size()) {
      throw new IllegalStateException(
          pusher.connection()
              + " "
              + targetType
              + ": the pusher reported "
              + (outcome.accepted().size() + outcome.failed().size())
              + " outcomes for "
              + rows.size()
              + " rows");
    }
  }

  private static final class Tally {
    int batches;
    int pushed;
    int retried;
    int dead;
  }
}
