package dev.refsync.hubspot.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.store.Cursor;
import dev.refsync.hubspot.client.SearchRequest;
import dev.refsync.hubspot.client.SearchRequest.Filter;
import dev.refsync.hubspot.client.SearchRequest.FilterGroup;
import dev.refsync.hubspot.sync.SearchCursor.Advance;
import dev.refsync.hubspot.sync.SearchCursor.Query;
import dev.refsync.hubspot.sync.SearchCursor.Timed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The cursor algorithm against an in-memory search that, like HubSpot, returns records sharing a
 * sort value in an undefined (here: random, different on every call) order.
 */
class SearchCursorTest {
  private static final String LASTMOD = "hs_lastmodifieddate";
  private static final Instant T0 = Instant.parse("2026-05-04T09:00:00Z");

  @Test
  void fiveThousandRecordsSharingOneTimestampAreAllReadDespiteRandomTieOrder() {
    List<Timed> records = new ArrayList<>();
    for (int i = 1; i <= 5_000; i++) {
      records.add(new Timed(Integer.toString(i * 7), T0));
    }
    for (int i = 1; i <= 300; i++) {
      records.add(new Timed(Integer.toString(100_000 + i), T0.plusSeconds(i % 5)));
    }

    Drained drained = drain(records, Optional.empty(), new Random(1));

    assertThat(drained.seen).isEqualTo(ids(records));
    // 5,000 ties need 25 tie pages; a few normal pages around them; never an `after` page.
    assertThat(drained.searches).isLessThan(40);
  }

  @Test
  void manyTimestampsWithRandomTiesAreAllReadAndTheCursorEndsAtTheLastRecord() {
    Random random = new Random(7);
    List<Timed> records = new ArrayList<>();
    for (int i = 1; i <= 12_000; i++) {
      records.add(new Timed(Integer.toString(i), T0.plusMillis(random.nextInt(3_000))));
    }

    Drained drained = drain(records, Optional.empty(), new Random(3));

    assertThat(drained.seen).isEqualTo(ids(records));
    Timed last =
        records.stream()
            .max(
                Comparator.comparing(Timed::modifiedAt)
                    .thenComparing(Timed::id, SearchCursor::compareIds))
            .orElseThrow();
    assertThat(drained.cursor)
        .isEqualTo(new Cursor(last.modifiedAt(), SearchCursor.pad(last.id())));
  }

  @Test
  void aCaughtUpCursorMakesOneSearchThatReturnsNothingAndKeepsTheCursor() {
    List<Timed> records = List.of(new Timed("5", T0), new Timed("9", T0));
    Drained first = drain(records, Optional.empty(), new Random(1));

    Drained again = drain(records, Optional.of(first.cursor), new Random(1));

    assertThat(first.cursor).isEqualTo(new Cursor(T0, "00000000000000000009"));
    assertThat(again.searches).isEqualTo(1);
    assertThat(again.seen).isEmpty();
    assertThat(again.cursor).isEqualTo(first.cursor);
  }

  @Test
  void aRecordChangedAfterTheCursorIsReadAgain() {
    List<Timed> records = new ArrayList<>(List.of(new Timed("5", T0), new Timed("9", T0)));
    Drained first = drain(records, Optional.empty(), new Random(1));
    records.set(0, new Timed("5", T0.plusSeconds(1)));

    Drained again = drain(records, Optional.of(first.cursor), new Random(1));

    assertThat(again.seen).containsExactly("5");
    assertThat(again.cursor).isEqualTo(new Cursor(T0.plusSeconds(1), SearchCursor.pad("5")));
  }

  @Test
  void theNormalQueryIsTimeThenIdAndTheTieQueryIsOneTimestampSortedById() {
    SearchRequest normal =
        Query.of(Optional.of(new Cursor(T0, SearchCursor.pad("42"))))
            .request(LASTMOD, List.of("name"));
    SearchRequest tie =
        Query.of(Optional.of(new Cursor(T0, "=" + SearchCursor.pad("42"))))
            .request(LASTMOD, List.of("name"));
    SearchRequest drained =
        Query.of(Optional.of(new Cursor(T0, "~"))).request(LASTMOD, List.of("name"));
    String t = Long.toString(T0.toEpochMilli());

    assertThat(normal.filterGroups())
        .containsExactly(
            new FilterGroup(
                List.of(Filter.of(LASTMOD, "EQ", t), Filter.of("hs_object_id", "GT", "42"))),
            new FilterGroup(List.of(Filter.of(LASTMOD, "GT", t))));
    assertThat(normal.sorts()).containsExactly(new SearchRequest.Sort(LASTMOD, "ASCENDING"));
    assertThat(normal.after()).isNull();
    assertThat(normal.limit()).isEqualTo(200);
    assertThat(tie.filterGroups())
        .containsExactly(
            new FilterGroup(
                List.of(Filter.of(LASTMOD, "EQ", t), Filter.of("hs_object_id", "GT", "42"))));
    assertThat(tie.sorts()).containsExactly(new SearchRequest.Sort("hs_object_id", "ASCENDING"));
    assertThat(drained.filterGroups())
        .containsExactly(new FilterGroup(List.of(Filter.of(LASTMOD, "GT", t))));
  }

  // ---- an in-memory HubSpot search -----------------------------------------------------------

  private static final class Drained {
    final Set<String> seen = new HashSet<>();
    Cursor cursor;
    int searches;
  }

  /** Calls pull until it says no more, committing each advance as PullStep does. */
  private static Drained drain(List<Timed> records, Optional<Cursor> start, Random random) {
    Drained d = new Drained();
    Optional<Cursor> cursor = start;
    d.cursor = start.orElse(null);
    boolean more = true;
    while (more) {
      assertThat(d.searches).as("searches").isLessThan(1_000);
      Query query = Query.of(cursor);
      SearchRequest request = query.request(LASTMOD, List.of());
      assertThat(request.after()).isNull();
      List<Timed> matches = search(records, request, random);
      List<Timed> page = matches.subList(0, Math.min(SearchCursor.PAGE, matches.size()));
      d.searches++;
      page.forEach(t -> d.seen.add(t.id()));
      Advance advance = SearchCursor.advance(query, page, matches.size() > page.size());
      if (advance.next() != null) {
        // CursorStore.advance never moves a cursor backwards: every advance must grow.
        if (cursor.isPresent()) {
          assertThat(advance.next())
              .as("advance from %s", cursor.get())
              .isGreaterThan(cursor.get());
        }
        cursor = Optional.of(advance.next());
        d.cursor = advance.next();
      }
      more = advance.more();
    }
    return d;
  }

  /** Filter groups OR'ed, filters AND'ed, one sort, ties in random order. */
  private static List<Timed> search(List<Timed> records, SearchRequest request, Random random) {
    List<Timed> matches = new ArrayList<>();
    for (Timed t : records) {
      if (request.filterGroups().isEmpty()
          || request.filterGroups().stream()
              .anyMatch(g -> g.filters().stream().allMatch(f -> holds(t, f)))) {
        matches.add(t);
      }
    }
    java.util.Collections.shuffle(matches, random);
    String sortBy = request.sorts().get(0).propertyName();
    Comparator<Timed> order =
        sortBy.equals("hs_object_id")
            ? Comparator.comparing(Timed::id, SearchCursor::compareIds)
            : Comparator.comparing(Timed::modifiedAt);
    matches.sort(order); // stable: ties keep the shuffled order
    return matches;
  }

  private static boolean holds(Timed t, Filter f) {
    int c =
        f.propertyName().equals("hs_object_id")
            ? SearchCursor.compareIds(t.id(), f.value())
            : Long.compare(t.modifiedAt().toEpochMilli(), Long.parseLong(f.value()));
    return switch (f.operator()) {
      case "EQ" -> c == 0;
      case "GT" -> c > 0;
      default -> throw new IllegalArgumentException(f.operator());
    };
  }

  private static Set<String> ids(List<Timed> records) {
    return records.stream().map(Timed::id).collect(Collectors.toSet());
  }
}
