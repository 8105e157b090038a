package dev.refsync.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.core.error.AuthenticationException;
import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.core.error.ErrorClassifier;
import dev.refsync.core.error.RateLimitedException;
import dev.refsync.core.error.RetryDecision;
import dev.refsync.core.port.OutboxPusher;
import dev.refsync.core.port.PushFailure;
import dev.refsync.core.port.PushOutcome;
import dev.refsync.core.store.OutboxItem;
import dev.refsync.core.store.OutboxRow;
import dev.refsync.core.store.OutboxStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Push settles every row it sent: done, retried later, or dead-lettered - never dropped. */
class PushStepTest {
  private static final PushPolicy POLICY =
      new PushPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(10), 100);

  private final SyncFixture fixture = new SyncFixture();
  private final PushStep step = new PushStep(fixture.store, POLICY, fixture.clock);

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void rowsGoInVendorSizedBatchesAndAreDoneOnceAccepted() {
    enqueue(5);
    FakePusher pusher = new FakePusher(2, PushOutcome::allAccepted);

    PushReport report = step.push(pusher);

    assertThat(pusher.batchSizes).containsExactly(2, 2, 1);
    assertThat(report.pushed()).isEqualTo(5);
    assertThat(statuses()).containsOnly(OutboxStatus.DONE);
    assertThat(step.push(pusher).batches()).isZero();
  }

  @Test
  void aRetryableRowWaitsItsBackoffAndIsDeadLetteredWhenAttemptsRunOut() {
    enqueue(1);
    FakePusher pusher =
        new FakePusher(
            10,
            rows ->
                new PushOutcome(
                    List.of(),
                    rows.stream()
                        .map(r -> new PushFailure(r, "UNABLE_TO_LOCK_ROW", RetryDecision.RETRYABLE))
                        .toList()));

    assertThat(step.push(pusher).retried()).isEqualTo(1);
    assertThat(step.push(pusher).batches()).as("not due before its backoff").isZero();
    fixture.clock.advance(Duration.ofSeconds(30));
    assertThat(step.push(pusher).retried()).isEqualTo(1);
    fixture.clock.advance(Duration.ofSeconds(59));
    assertThat(step.push(pusher).batches()).as("second backoff doubled to 60 s").isZero();
    fixture.clock.advance(Duration.ofSeconds(1));

    assertThat(step.push(pusher).deadLettered()).isEqualTo(1);
    assertThat(statuses()).containsOnly(OutboxStatus.DEAD);
    assertThat(fixture.deadLetters())
        .singleElement()
        .satisfies(d -> assertThat(d.letter().error()).isEqualTo("UNABLE_TO_LOCK_ROW"));
  }

  @Test
  void onePermanentFailureInABatchFailsAloneAndIsDeadLetteredWithTheVendorError() {
    enqueue(3);
    FakePusher pusher =
        new FakePusher(
            10,
            rows ->
                new PushOutcome(
                    List.of(rows.get(0), rows.get(2)),
                    List.of(
                        new PushFailure(
                            rows.get(1),
                            "DUPLICATE_VALUE: duplicate value found",
                            RetryDecision.PERMANENT))));

    PushReport report = step.push(pusher);

    assertThat(report.pushed()).isEqualTo(2);
    assertThat(report.deadLettered()).isEqualTo(1);
    assertThat(statuses()).containsExactly(OutboxStatus.DONE, OutboxStatus.DEAD, OutboxStatus.DONE);
  }

  @Test
  void aRateLimitPostponesTheBatchByTheVendorsWaitWithoutSpendingAnAttempt() {
    enqueue(2);
    List<Integer> calls = new ArrayList<>();
    FakePusher pusher =
        new FakePusher(
            10,
            rows -> {
              calls.add(rows.size());
              if (calls.size() <= 5) {
                throw new RateLimitedException(
                    "CRM", 429, "RATE_LIMIT", "ten secondly rolling", Duration.ofSeconds(10));
              }
              return PushOutcome.allAccepted(rows);
            });

    for (int i = 0; i < 5; i++) {
      PushReport r = step.push(pusher);
      assertThat(r.retried()).as("429 number %d", i + 1).isEqualTo(2);
      assertThat(step.push(pusher).batches()).as("waiting after 429 number %d", i + 1).isZero();
      fixture.clock.advance(Duration.ofSeconds(10));
    }
    PushReport report = step.push(pusher);

    assertThat(report.pushed()).as("five 429s cost no attempts of three").isEqualTo(2);
    assertThat(statuses()).containsOnly(OutboxStatus.DONE);
  }

  @Test
  void aPermanentWholeBatchFailureStopsThePushAndLeavesTheRowsPending() {
    enqueue(2);
    FakePusher pusher =
        new FakePusher(
            10,
            rows -> {
              throw new AuthenticationException("CRM", 401, "INVALID_AUTH", "token revoked", null);
            });

    assertThatThrownBy(() -> step.push(pusher)).isInstanceOf(AuthenticationException.class);

    assertThat(fixture.outbox())
        .allSatisfy(
            row -> {
              assertThat(row.status()).isEqualTo(OutboxStatus.PENDING);
              assertThat(row.attempts()).isZero();
            });
  }

  @Test
  void aPusherThatLosesARowIsRefused() {
    enqueue(2);
    FakePusher pusher = new FakePusher(10, rows -> PushOutcome.allAccepted(List.of(rows.get(0))));

    assertThatThrownBy(() -> step.push(pusher))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("1 outcomes for 2 rows");
  }

  private void enqueue(int n) {
    fixture.store.inTransaction(
        tx -> {
          for (int i = 0; i < n; i++) {
            tx.outbox()
                .enqueue(new OutboxItem("crm", "commission", "rc_" + i, "{\"n\":" + i + "}"));
          }
          return null;
        });
  }

  private List<OutboxStatus> statuses() {
    return fixture.outbox().stream().map(OutboxRow::status).toList();
  }

  private static final class FakePusher implements OutboxPusher {
    final int batchSize;
    final Function<List<OutboxRow>, PushOutcome> vendor;
    final List<Integer> batchSizes = new ArrayList<>();

    FakePusher(int batchSize, Function<List<OutboxRow>, PushOutcome> vendor) {
      this.batchSize = batchSize;
      this.vendor = vendor;
    }

    @Override
    public String connection() {
      return "crm";
    }

    @Override
    public List<String> targetTypes() {
      return List.of("commission");
    }

    @Override
    public int batchSize(String targetType) {
      return batchSize;
    }

    @Override
    public PushOutcome push(String targetType, List<OutboxRow> rows) {
      batchSizes.add(rows.size());
      return vendor.apply(rows);
    }

    @Override
    public ErrorClassifier classifier() {
      return failure -> {
        if (failure instanceof RateLimitedException) {
          return RetryDecision.RATE_LIMITED;
        }
        if (failure instanceof AuthenticationException
            || !(failure instanceof ConnectorApiException)) {
          return RetryDecision.PERMANENT;
        }
        return RetryDecision.RETRYABLE;
      };
    }
  }
}
