package dev.refsync.core.sync;

import static dev.refsync.core.sync.SyncFixture.account;
import static dev.refsync.core.sync.SyncFixture.day;
import static dev.refsync.core.sync.SyncFixture.partner;
import static dev.refsync.core.sync.SyncFixture.referral;
import static dev.refsync.core.sync.SyncFixture.wonDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.core.domain.DomainNormalizer;
import dev.refsync.core.engine.RefsyncEngine;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.EntryStatus;
import dev.refsync.core.port.PulledRecord;
import dev.refsync.core.port.WriteBackInput;
import dev.refsync.core.port.WriteBackPlanner;
import dev.refsync.core.store.OutboxItem;
import dev.refsync.core.store.OutboxRow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An engine run commits its ledger entries and the writes they cause together, sees where each deal
 * lives, and a run with nothing new appends and enqueues nothing.
 */
class EngineStepTest {
  private final SyncFixture fixture = new SyncFixture();
  private final RefsyncEngine engine =
      new RefsyncEngine(SyncFixture.flatPartnerPlan(), DomainNormalizer.withDefaultFreeMailList());
  private final List<WriteBackInput> inputs = new ArrayList<>();

  @AfterEach
  void close() {
    fixture.close();
  }

  private void seedReferredWonDeal() {
    new PullStep(fixture.store, 10)
        .ingest(
            "crm",
            List.of(
                PulledRecord.live("companies", "p1", day(0), List.of(partner("p1"))),
                PulledRecord.live("companies", "a1", day(0), List.of(account("a1", "acme.com"))),
                PulledRecord.live(
                    "contacts", "r1", day(1), List.of(referral("r1", "p1", "acme.com", day(1)))),
                PulledRecord.live(
                    "deals", "d1", day(20), List.of(wonDeal("d1", "a1", "12000", day(20))))),
            List.of());
    fixture.clock.advance(Duration.ofDays(30));
  }

  /** One commission write per ledger entry of a deal this connection holds. */
  private WriteBackPlanner planner(String connection, String writesFor) {
    return new WriteBackPlanner() {
      @Override
      public String connection() {
        return connection;
      }

      @Override
      public List<OutboxItem> plan(WriteBackInput input) {
        inputs.add(input);
        List<OutboxItem> items = new ArrayList<>();
        for (CommissionEntry entry : input.ledger()) {
          if (!input.locations().of(Deal.class, entry.dealId(), "crm").isEmpty()) {
            items.add(
                new OutboxItem(
                    writesFor,
                    "commission",
                    entry.id(),
                    "{\"amount\":\""
                        + entry.amount()
                        + "\",\"status\":\""
                        + entry.status()
                        + "\"}"));
          }
        }
        return items;
      }
    };
  }

  @Test
  void aRunAppendsTheEntryAndEnqueuesItsWriteInOneCommitAndASecondRunAddsNothing() {
    seedReferredWonDeal();
    EngineStep step =
        new EngineStep(fixture.store, engine, List.of(planner("crm", "crm")), fixture.clock);

    EngineRunReport first = step.run();
    List<OutboxRow> outboxAfterFirst = fixture.outbox();
    EngineRunReport second = step.run();

    assertThat(first.attributions()).isEqualTo(1);
    assertThat(first.appended()).isEqualTo(1);
    assertThat(first.planned()).isEqualTo(1);
    assertThat(outboxAfterFirst)
        .singleElement()
        .satisfies(row -> assertThat(row.item().payload()).contains("500.00").contains("PAYABLE"));
    assertThat(inputs.get(0).ledger())
        .singleElement()
        .satisfies(e -> assertThat(e.status()).isEqualTo(EntryStatus.PAYABLE));
    assertThat(second.appended()).isZero();
    assertThat(fixture.outbox()).isEqualTo(outboxAfterFirst);
  }

  @Test
  void aPlannerWritingForAnotherConnectionRollsTheWholeRunBack() {
    seedReferredWonDeal();
    EngineStep step =
        new EngineStep(fixture.store, engine, List.of(planner("crm", "other")), fixture.clock);

    assertThatThrownBy(step::run)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("planned a write for other");

    assertThat(fixture.ledger()).isEmpty();
    assertThat(fixture.attributions()).isEmpty();
  }
}
