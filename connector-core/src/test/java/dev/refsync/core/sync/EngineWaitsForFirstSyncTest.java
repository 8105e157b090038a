package dev.refsync.core.sync;

import static dev.refsync.core.sync.SyncFixture.account;
import static dev.refsync.core.sync.SyncFixture.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.domain.DomainNormalizer;
import dev.refsync.core.engine.RefsyncEngine;
import dev.refsync.core.error.ErrorClassifier;
import dev.refsync.core.error.RetryDecision;
import dev.refsync.core.port.ExclusiveRunner;
import dev.refsync.core.port.OutboxPusher;
import dev.refsync.core.port.PullBatch;
import dev.refsync.core.port.PulledRecord;
import dev.refsync.core.port.PushOutcome;
import dev.refsync.core.port.SourceConnector;
import dev.refsync.core.store.Cursor;
import dev.refsync.core.store.OutboxRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine waits until every source has read everything once: a first sync interrupted half-way
 * must not book commissions from half the data into an append-only ledger.
 */
class EngineWaitsForFirstSyncTest {
  private final SyncFixture fixture = new SyncFixture();
  private final List<String> skipped = new ArrayList<>();

  @AfterEach
  void close() {
    fixture.close();
  }

  /** Two pages of accounts, then nothing more. */
  private final SourceConnector source =
      new SourceConnector() {
        @Override
        public String connection() {
          return "crm";
        }

        @Override
        public List<String> objectTypes() {
          return List.of("companies");
        }

        @Override
        public PullBatch pull(String objectType, Optional<Cursor> cursor) {
          int page = cursor.isEmpty() ? 1 : 2;
          return new PullBatch(
              List.of(
                  PulledRecord.live(
                      "companies", "a" + page, day(page), List.of(account("a" + page, "x.com")))),
              List.of(),
              new Cursor(day(page), "a" + page),
              page == 1);
        }
      };

  private Pipeline pipeline() {
    OutboxPusher pusher =
        new OutboxPusher() {
          @Override
          public String connection() {
            return "crm";
          }

          @Override
          public List<String> targetTypes() {
            return List.of();
          }

          @Override
          public int batchSize(String targetType) {
            return 1;
          }

          @Override
          public PushOutcome push(String targetType, List<OutboxRow> rows) {
            return PushOutcome.allAccepted(rows);
          }

          @Override
          public ErrorClassifier classifier() {
            return failure -> RetryDecision.PERMANENT;
          }
        };
    return new Pipeline(
        fixture.store,
        List.of(source),
        List.of(pusher),
        new PullStep(fixture.store, 1),
        new EngineStep(
            fixture.store,
            new RefsyncEngine(
                SyncFixture.flatPartnerPlan(), DomainNormalizer.withDefaultFreeMailList()),
            List.of(),
            fixture.clock),
        new PushStep(fixture.store, PushPolicy.defaults(), fixture.clock),
        ExclusiveRunner.local(),
        new PipelineListener() {
          @Override
          public void skipped(String step, String connection) {
            skipped.add(step);
          }
        });
  }

  @Test
  void theEngineSkipsUntilEverySourceHasReadEverythingOnce() {
    Pipeline pipeline = pipeline();

    pipeline.evaluate();
    assertThat(skipped).containsExactly("engine");
    assertThat(pipeline.notCaughtUp()).containsExactly("crm/companies");

    // One page per call: the first call stops with more to read.
    pipeline.pull("crm");
    assertThat(pipeline.notCaughtUp()).containsExactly("crm/companies");

    pipeline.pull("crm");
    assertThat(pipeline.notCaughtUp()).isEmpty();
    pipeline.evaluate();
    assertThat(skipped).containsExactly("engine");
  }
}
