package dev.refsync.hubspot.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.core.error.InvalidRequestException;
import dev.refsync.core.store.OutboxItem;
import dev.refsync.core.store.OutboxRow;
import dev.refsync.core.store.OutboxStatus;
import dev.refsync.core.sync.PushReport;
import dev.refsync.sandbox.hubspot.SeedSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Per-record refusals: HubSpot's 207 errors and a batch refused whole for one bad row fail only
 * their rows, with HubSpot's message and the classifier's decision; a re-push creates nothing.
 */
class HubSpotPushFailuresIT {
  private PipelineHarness h;
  private List<OutboxItem> planned;

  @BeforeEach
  void start() {
    h = PipelineHarness.unthrottled();
    h.hubspot.seed(new SeedSpec(9L, 5, 20, 10));
    h.runtime.provision();
    h.pull.pull(h.runtime.source(), "deals");
    planned = SyntheticWriteBack.plan(h.runtime, h.store, h.clock.instant());
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void aRecordHubSpotRefusesIsDeadLetteredWithItsMessageAndTheOthersAreWritten() {
    enqueue(commissions(planned));
    h.hubspot.failNextBatchInputs(2);

    PushReport report = h.push.push(h.runtime.pusher());

    assertThat(report.deadLettered()).isEqualTo(2);
    List<OutboxRow> dead = rows(OutboxStatus.DEAD);
    assertThat(dead).hasSize(2);
    assertThat(dead)
        .allSatisfy(
            r ->
                assertThat(r.lastError())
                    .isEqualTo("VALIDATION_ERROR: Injected failure for this input."));
    assertThat(commissionRecords()).hasSize(8);
  }

  @Test
  void aTransientRecordErrorIsRetriedAndThenWritten() {
    enqueue(commissions(planned));
    h.hubspot.failNextBatchInputs(1, "INTERNAL_ERROR");

    h.push.push(h.runtime.pusher());
    assertThat(rows(OutboxStatus.PENDING))
        .singleElement()
        .satisfies(r -> assertThat(r.lastError()).startsWith("INTERNAL_ERROR: "));
    h.clock.advance(Duration.ofMinutes(1));
    h.push.push(h.runtime.pusher());

    assertThat(rows(OutboxStatus.PENDING)).isEmpty();
    assertThat(commissionRecords()).hasSize(10);
  }

  @Test
  void aBatchRefusedWholeForOneInvalidRowIsSplitUntilOnlyThatRowFails() {
    List<OutboxItem> items = new ArrayList<>(commissions(planned));
    OutboxItem bad = items.get(3);
    items.set(
        3,
        new OutboxItem(
            bad.connection(),
            bad.targetType(),
            bad.targetKey(),
            bad.payload().replace("\"ACCRUAL\"", "\"NOT_A_KIND\"")));
    enqueue(items);

    PushReport report = h.push.push(h.runtime.pusher());

    assertThat(report.pushed()).isEqualTo(9);
    assertThat(rows(OutboxStatus.DEAD))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.item().targetKey()).isEqualTo(bad.targetKey());
              assertThat(r.lastError()).contains("NOT_A_KIND");
            });
    assertThat(commissionRecords()).hasSize(9);
  }

  @Test
  void aRefusalThatIsNotAboutARowStopsThePushAndLeavesEveryRowPending() {
    // A property the portal lacks (provisioning not run for it): every half is refused alike.
    enqueue(
        commissions(planned).stream()
            .map(
                i ->
                    new OutboxItem(
                        i.connection(),
                        i.targetType(),
                        i.targetKey(),
                        i.payload()
                            .replace(
                                "{\"properties\":{",
                                "{\"properties\":{\"refsync_missing\":\"x\",")))
            .toList());
    long upserts = h.count("objects.batch.upsert");

    assertThatThrownBy(() -> h.push.push(h.runtime.pusher()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("refsync_missing");

    assertThat(h.count("objects.batch.upsert") - upserts).isEqualTo(3);
    assertThat(rows(OutboxStatus.PENDING)).hasSize(10);
    assertThat(rows(OutboxStatus.DEAD)).isEmpty();
  }

  @Test
  void aDealThatNoLongerExistsIsDeadLetteredAsNotFound() {
    OutboxItem deal =
        planned.stream().filter(i -> i.targetType().equals("deals")).findFirst().orElseThrow();
    h.admin.batchArchive("deals", List.of(deal.targetKey()));
    enqueue(planned.stream().filter(i -> i.targetType().equals("deals")).toList());

    h.push.push(h.runtime.pusher());

    assertThat(rows(OutboxStatus.DEAD))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.item().targetKey()).isEqualTo(deal.targetKey());
              assertThat(r.lastError()).startsWith("OBJECT_NOT_FOUND: ");
            });
    assertThat(rows(OutboxStatus.DONE)).hasSize(9);
  }

  @Test
  void pushingTheSameRowsAgainCreatesNothingNew() {
    enqueue(planned);
    h.push.push(h.runtime.pusher());
    List<OutboxRow> done = rows(OutboxStatus.DONE);
    Map<String, List<OutboxRow>> byType =
        done.stream().collect(Collectors.groupingBy(r -> r.item().targetType()));
    String before = h.hubspot.stateDump();

    for (Map.Entry<String, List<OutboxRow>> e : byType.entrySet()) {
      h.runtime.pusher().push(e.getKey(), e.getValue());
    }

    assertThat(commissionRecords()).hasSize(10);
    assertThat(h.hubspot.stateDump()).isEqualTo(before);
  }

  private static List<OutboxItem> commissions(List<OutboxItem> items) {
    return items.stream().filter(i -> i.targetType().equals("referral_commission")).toList();
  }

  private void enqueue(List<OutboxItem> items) {
    h.store.inTransaction(
        tx -> {
          tx.outbox().enqueueAll(items);
          return null;
        });
  }

  private List<OutboxRow> rows(OutboxStatus status) {
    return h.store.inTransaction(tx -> tx.outbox().all()).stream()
        .filter(r -> r.status() == status)
        .toList();
  }

  private List<JsonNode> commissionRecords() {
    return PipelineHarness.objects(h.state(), "referral_commission");
  }
}
