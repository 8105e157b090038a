package dev.refsync.core.sync;

import static dev.refsync.core.sync.SyncFixture.account;
import static dev.refsync.core.sync.SyncFixture.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.core.error.UpstreamServerException;
import dev.refsync.core.port.DeadLetter;
import dev.refsync.core.port.PullBatch;
import dev.refsync.core.port.PulledRecord;
import dev.refsync.core.port.SourceConnector;
import dev.refsync.core.store.Cursor;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A pull commits each page with its cursor; a failure mid-pull keeps what was committed. */
class PullStepTest {
  private final SyncFixture fixture = new SyncFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void eachPageCommitsItsRecordsRejectsAndCursorAndTheNextCallResumesFromIt() {
    ScriptedSource source =
        new ScriptedSource(
            page(true, new Cursor(day(1), "a1"), live("a1", day(1))),
            page(false, new Cursor(day(2), "a2"), live("a2", day(2))));
    source.rejectOnNextPage(
        new DeadLetter("crm", "companies", "bad", "{}", "amount: not a number", day(2)));

    PullReport report = new PullStep(fixture.store, 10).pull(source, "companies");

    assertThat(report.pages()).isEqualTo(2);
    assertThat(report.records()).isEqualTo(2);
    assertThat(report.rejected()).isEqualTo(1);
    assertThat(source.cursorsSeen)
        .containsExactly(Optional.empty(), Optional.of(new Cursor(day(1), "a1")));
    assertThat(cursor()).contains(new Cursor(day(2), "a2"));
    assertThat(fixture.dataset().accounts()).extracting(a -> a.id()).containsExactly("a1", "a2");
    assertThat(fixture.deadLetters())
        .singleElement()
        .satisfies(d -> assertThat(d.letter().error()).isEqualTo("amount: not a number"));
  }

  @Test
  void aFailureOnTheSecondPageKeepsTheFirstPageAndItsCursor() {
    ScriptedSource source =
        new ScriptedSource(page(true, new Cursor(day(1), "a1"), live("a1", day(1))));
    source.failAfterScript = true;
    PullStep step = new PullStep(fixture.store, 10);

    assertThatThrownBy(() -> step.pull(source, "companies"))
        .isInstanceOf(UpstreamServerException.class);

    assertThat(cursor()).contains(new Cursor(day(1), "a1"));
    assertThat(fixture.dataset().accounts()).hasSize(1);
  }

  @Test
  void aCallStopsAfterMaxPagesAndTheRestFollowsOnTheNextCall() {
    ScriptedSource source =
        new ScriptedSource(
            page(true, new Cursor(day(1), "a1"), live("a1", day(1))),
            page(true, new Cursor(day(2), "a2"), live("a2", day(2))),
            page(false, new Cursor(day(3), "a3"), live("a3", day(3))));
    PullStep step = new PullStep(fixture.store, 2);

    assertThat(step.pull(source, "companies").pages()).isEqualTo(2);
    assertThat(cursor()).contains(new Cursor(day(2), "a2"));
    assertThat(step.pull(source, "companies").pages()).isEqualTo(1);
    assertThat(cursor()).contains(new Cursor(day(3), "a3"));
  }

  @Test
  void aSourceThatPromisesMoreWithoutACursorIsRefusedRatherThanLooping() {
    ScriptedSource source = new ScriptedSource(page(true, null, live("a1", day(1))));

    assertThatThrownBy(() -> new PullStep(fixture.store, 10).pull(source, "companies"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no cursor");
  }

  @Test
  void ingestedRecordsAreStoredWithoutMovingAnyCursorAndStaleOnesAreIgnored() {
    PullStep step = new PullStep(fixture.store, 10);
    step.ingest("crm", List.of(live("a1", day(5))), List.of());
    PulledRecord older =
        PulledRecord.live("companies", "a1", day(4), List.of(account("a1", "old.example")));

    int written = step.ingest("crm", List.of(older), List.of());

    assertThat(written).isZero();
    assertThat(cursor()).isEmpty();
    assertThat(fixture.dataset().accounts())
        .singleElement()
        .satisfies(a -> assertThat(a.domains()).containsExactly("a1.example"));
  }

  @Test
  void aLateOlderDeliveryNeitherRevivesADeletedRecordNorDeletesARestoredOne() {
    PullStep step = new PullStep(fixture.store, 10);
    step.ingest("crm", List.of(live("a1", day(1))), List.of());
    step.ingest("crm", List.of(PulledRecord.deleted("companies", "a1", day(3))), List.of());

    int revived = step.ingest("crm", List.of(live("a1", day(2))), List.of());
    assertThat(revived).isZero();
    assertThat(fixture.dataset().accounts()).isEmpty();

    step.ingest("crm", List.of(live("a1", day(5))), List.of());
    int deleted =
        step.ingest("crm", List.of(PulledRecord.deleted("companies", "a1", day(4))), List.of());
    assertThat(deleted).isZero();
    assertThat(fixture.dataset().accounts()).hasSize(1);
  }

  @Test
  void aDeletedRecordLeavesTheDataset() {
    PullStep step = new PullStep(fixture.store, 10);
    step.ingest("crm", List.of(live("a1", day(1))), List.of());

    step.ingest("crm", List.of(PulledRecord.deleted("companies", "a1", day(2))), List.of());

    assertThat(fixture.dataset().accounts()).isEmpty();
  }

  private Optional<Cursor> cursor() {
    return fixture.store.inTransaction(tx -> tx.cursors().get("crm", "companies"));
  }

  private static PulledRecord live(String id, Instant at) {
    return PulledRecord.live("companies", id, at, List.of(account(id, id + ".example")));
  }

  private static PullBatch page(boolean more, Cursor next, PulledRecord... records) {
    return new PullBatch(List.of(records), List.of(), next, more);
  }

  /** Answers pull() with scripted pages and records the cursors it was given. */
  private static final class ScriptedSource implements SourceConnector {
    final Deque<PullBatch> pages;
    final List<Optional<Cursor>> cursorsSeen = new ArrayList<>();
    boolean failAfterScript;
    private final List<DeadLetter> pendingRejects = new ArrayList<>();

    ScriptedSource(PullBatch... pages) {
      this.pages = new ArrayDeque<>(List.of(pages));
    }

    void rejectOnNextPage(DeadLetter letter) {
      pendingRejects.add(letter);
    }

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
      cursorsSeen.add(cursor);
      if (pages.isEmpty()) {
        if (failAfterScript) {
          throw new UpstreamServerException("CRM", 503, null, "service unavailable", null);
        }
        return PullBatch.empty();
      }
      PullBatch page = pages.poll();
      if (!pendingRejects.isEmpty()) {
        page = new PullBatch(page.records(), pendingRejects, page.next(), page.more());
        pendingRejects.clear();
      }
      return page;
    }
  }
}
