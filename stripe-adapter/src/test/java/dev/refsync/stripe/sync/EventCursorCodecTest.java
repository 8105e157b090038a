package dev.refsync.stripe.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.core.store.Cursor;
import dev.refsync.stripe.feed.EventCursor;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventCursorCodecTest {
  private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
  private static final long SECOND = NOW.getEpochSecond() - 5;

  @Test
  void theIdsAtTheNewestSecondSurviveTheRoundTrip() {
    EventCursor cursor = new EventCursor(SECOND, Set.of("evt_b", "evt_a"));

    Cursor encoded = EventCursorCodec.encode(cursor, NOW);

    assertThat(encoded).isEqualTo(new Cursor(Instant.ofEpochSecond(SECOND), "000002:evt_a,evt_b"));
    assertThat(EventCursorCodec.decode(encoded)).isEqualTo(cursor);
    assertThat(EventCursorCodec.decode(Optional.<Cursor>empty())).isEmpty();
  }

  @Test
  void moreIdsAtTheSameSecondAlwaysCompareGreaterSoTheStoreAcceptsTheAdvance() {
    // Sorted and joined alone, {evt_a, evt_b} would sort before {evt_b}: the count prefix orders.
    Cursor one = EventCursorCodec.encode(new EventCursor(SECOND, Set.of("evt_b")), NOW);
    Cursor two = EventCursorCodec.encode(new EventCursor(SECOND, Set.of("evt_a", "evt_b")), NOW);

    assertThat(two).isGreaterThan(one);
  }

  @Test
  void tooManyIdsForTheColumnReReadTheSecondInsteadOfSkippingAnything() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      ids.add("evt_1NzYwq2eZvKYlo2C" + String.format("%08d", i));
    }

    Cursor encoded = EventCursorCodec.encode(new EventCursor(SECOND, ids), NOW);

    assertThat(encoded.id()).isEqualTo("000020:*");
    assertThat(encoded.id().length()).isLessThanOrEqualTo(255);
    assertThat(EventCursorCodec.decode(encoded)).isEqualTo(new EventCursor(SECOND, Set.of()));
    Cursor fewer = EventCursorCodec.encode(new EventCursor(SECOND, Set.of("evt_a")), NOW);
    assertThat(encoded).isGreaterThan(fewer);
  }

  @Test
  void aSettledSecondMovesTheCursorToTheSettleTimeWithoutIds() {
    EventCursor old = new EventCursor(NOW.getEpochSecond() - 3600, Set.of("evt_a"));

    Cursor encoded = EventCursorCodec.encode(old, NOW);

    assertThat(encoded).isEqualTo(new Cursor(NOW.minus(EventCursorCodec.SETTLE), "000000:"));
    assertThat(EventCursorCodec.decode(encoded).idsAtCreated()).isEmpty();
  }

  @Test
  void aCursorThisAdapterDidNotWriteIsRefusedWithWhatToDo() {
    assertThatThrownBy(() -> EventCursorCodec.decode(new Cursor(NOW, "evt_a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("evt_a")
        .hasMessageContaining("reset the cursor");
  }
}
