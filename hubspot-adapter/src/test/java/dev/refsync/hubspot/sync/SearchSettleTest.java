package dev.refsync.hubspot.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.store.Cursor;
import dev.refsync.hubspot.sync.SearchCursor.Advance;
import dev.refsync.hubspot.sync.SearchCursor.Query;
import dev.refsync.hubspot.sync.SearchCursor.Timed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cursor never passes the settle horizon, so late-indexed changes are searched for again. */
class SearchSettleTest {
  private static final Instant HORIZON = Instant.parse("2026-05-04T09:00:00Z");

  @Test
  void aPageEndingBeforeTheHorizonAdvancesAsWithoutSettling() {
    Query query = Query.of(Optional.of(new Cursor(HORIZON.minusSeconds(600), "~")));
    List<Timed> page = List.of(new Timed("7", HORIZON.minusSeconds(60)));
    Advance plain = SearchCursor.advance(query, page, false);

    assertThat(SearchCursor.settled(plain, query, HORIZON)).isEqualTo(plain);
    assertThat(plain.next().time()).isEqualTo(HORIZON.minusSeconds(60));
  }

  @Test
  void aPageReachingPastTheHorizonCommitsTheHorizonAndStops() {
    Query query = Query.of(Optional.of(new Cursor(HORIZON.minusSeconds(600), "~")));
    List<Timed> page =
        List.of(new Timed("7", HORIZON.minusSeconds(60)), new Timed("8", HORIZON.plusSeconds(5)));

    Advance settled =
        SearchCursor.settled(SearchCursor.advance(query, page, false), query, HORIZON);

    assertThat(settled.next()).isEqualTo(new Cursor(HORIZON, "~"));
    assertThat(settled.more()).isFalse();
    // The next search asks for everything after the horizon: the settle window again.
    assertThat(Query.of(Optional.of(settled.next())).mode()).isEqualTo(SearchCursor.Mode.DRAINED);
  }

  @Test
  void aFullPageReachingPastTheHorizonAlsoStopsAtIt() {
    List<Timed> page = new ArrayList<>();
    for (int i = 0; i < SearchCursor.PAGE; i++) {
      page.add(new Timed(Integer.toString(i + 1), HORIZON.minusSeconds(100).plusSeconds(i)));
    }
    Query first = Query.of(Optional.empty());

    Advance settled = SearchCursor.settled(SearchCursor.advance(first, page, true), first, HORIZON);

    assertThat(settled).isEqualTo(new Advance(new Cursor(HORIZON, "~"), false));
  }

  @Test
  void aCommittedCursorAlreadyPastTheHorizonIsKept() {
    Query query = Query.of(Optional.of(new Cursor(HORIZON.plusSeconds(10), "~")));
    List<Timed> page = List.of(new Timed("9", HORIZON.plusSeconds(20)));

    Advance settled =
        SearchCursor.settled(SearchCursor.advance(query, page, false), query, HORIZON);

    assertThat(settled).isEqualTo(new Advance(null, false));
  }

  @Test
  void withoutAHorizonNothingChanges() {
    Query query = Query.of(Optional.empty());
    Advance plain =
        SearchCursor.advance(query, List.of(new Timed("1", HORIZON.plusSeconds(5))), false);

    assertThat(SearchCursor.settled(plain, query, null)).isEqualTo(plain);
  }
}
