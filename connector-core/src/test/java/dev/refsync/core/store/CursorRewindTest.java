package dev.refsync.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A backfill moves a cursor back or drops it, and never forward past records not yet read. */
class CursorRewindTest {
  private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");

  private final StoreFixture store = StoreFixture.h2();

  @AfterEach
  void close() {
    store.close();
  }

  private Optional<Cursor> rewind(Optional<Cursor> to) {
    return store.store.inTransaction(tx -> tx.cursors().rewind("crm", "deals", to));
  }

  private Optional<Cursor> stored() {
    return store.store.inTransaction(tx -> tx.cursors().get("crm", "deals"));
  }

  @Test
  void aCursorAfterTheDateMovesBackToIt() {
    store.store.inTransaction(tx -> tx.cursors().advance("crm", "deals", new Cursor(MAR, "9")));

    rewind(Optional.of(new Cursor(JAN, "")));

    assertThat(stored()).contains(new Cursor(JAN, ""));
  }

  @Test
  void aCursorBeforeTheDateStaysWhereItIs() {
    store.store.inTransaction(tx -> tx.cursors().advance("crm", "deals", new Cursor(JAN, "9")));

    rewind(Optional.of(new Cursor(MAR, "")));

    assertThat(stored()).contains(new Cursor(JAN, "9"));
  }

  @Test
  void noRestartPointDropsTheCursor() {
    store.store.inTransaction(tx -> tx.cursors().advance("crm", "deals", new Cursor(MAR, "9")));

    Optional<Cursor> after = rewind(Optional.empty());

    assertThat(after).isEmpty();
    assertThat(stored()).isEmpty();
  }
}
