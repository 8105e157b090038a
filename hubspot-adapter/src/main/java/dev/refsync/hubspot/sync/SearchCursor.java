package dev.refsync.hubspot.sync;

import dev.refsync.core.store.Cursor;
import dev.refsync.hubspot.client.HubSpotObject;
import dev.refsync.hubspot.client.SearchRequest;
import dev.refsync.hubspot.client.SearchRequest.Filter;
import dev.refsync.hubspot.client.SearchRequest.FilterGroup;
import dev.refsync.hubspot.client.SearchRequest.Sort;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The search-cursor algorithm of DESIGN 9 for HubSpot, as pure functions of the committed cursor
 * and the page read.
 *
 * <p>HubSpot search takes one sort, leaves the order of records sharing a sort value undefined and
 * refuses to page past 10,000 results (VENDOR-FACTS). So every call issues ONE fresh search (never
 * {@code after}) from the committed cursor, which is what "restart the query from the last (time,
 * id)" means: no query ever reaches the cap.
 *
 * <ul>
 *   <li>NORMAL: {@code (lastmod = t AND hs_object_id > id) OR lastmod > t} sorted by lastmod
 *       ascending. A page that is not full holds every match: commit (last time, largest id at that
 *       time). A full page holds every match before its last time but only some of the records AT
 *       it (their order is undefined): commit (last time, TIE).
 *   <li>TIE: {@code lastmod = t AND hs_object_id > id} sorted by {@code hs_object_id}, a total
 *       order: commit (t, TIE after the page's last id) per full page; once a page is not full
 *       every record at t has been read: commit (t, DRAINED).
 *   <li>DRAINED: {@code lastmod > t}, then as NORMAL.
 * </ul>
 *
 * The store only ever moves a cursor forward by {@link Cursor#compareTo} (time, then the id as a
 * string), so the id is encoded to sort in the order the states follow each other at one time:
 * NORMAL is the record id zero-padded to 20 digits, TIE after an id is {@code "="} + the padded id
 * ({@code ""} before the first), DRAINED is {@code "~"} ({@code '0'-'9' < '=' < '~'}).
 *
 * <p>A steady state with no change is one search returning nothing. Records read twice (the tie
 * query re-reads some of a full page's last instant) are versions the store already holds and
 * ignores.
 */
final class SearchCursor {
  /** HubSpot's page maximum for search (VENDOR-FACTS). */
  static final int PAGE = 200;

  static final String ID = "hs_object_id";
  private static final String TIE = "=";
  private static final String DRAINED = "~";
  private static final int ID_WIDTH = 20;

  private SearchCursor() {}

  enum Mode {
    NORMAL,
    TIE,
    DRAINED
  }

  /**
   * Which query a committed cursor asks for.
   *
   * @param time null on the first pull (everything)
   * @param afterId NORMAL and TIE: the last id read at {@code time}; null when none
   */
  record Query(Mode mode, Instant time, String afterId) {
    static Query of(Optional<Cursor> cursor) {
      if (cursor.isEmpty()) {
        return new Query(Mode.NORMAL, null, null);
      }
      String id = cursor.get().id();
      Instant time = cursor.get().time();
      if (id.isEmpty()) {
        return new Query(Mode.TIE, time, null);
      }
      if (id.equals(DRAINED)) {
        return new Query(Mode.DRAINED, time, null);
      }
      if (id.startsWith(TIE)) {
        return new Query(Mode.TIE, time, unpad(id.substring(TIE.length())));
      }
      return new Query(Mode.NORMAL, time, unpad(id));
    }

    SearchRequest request(String lastModified, List<String> properties) {
      List<FilterGroup> groups;
      String sortBy = lastModified;
      if (time == null) {
        groups = List.of();
      } else if (mode == Mode.TIE) {
        Filter at = Filter.of(lastModified, "EQ", millis(time));
        groups =
            List.of(
                new FilterGroup(
                    afterId == null ? List.of(at) : List.of(at, Filter.of(ID, "GT", afterId))));
        sortBy = ID;
      } else if (mode == Mode.DRAINED || afterId == null) {
        groups = List.of(new FilterGroup(List.of(Filter.of(lastModified, "GT", millis(time)))));
      } else {
        groups =
            List.of(
                new FilterGroup(
                    List.of(
                        Filter.of(lastModified, "EQ", millis(time)), Filter.of(ID, "GT", afterId))),
                new FilterGroup(List.of(Filter.of(lastModified, "GT", millis(time)))));
      }
      return new SearchRequest(
          groups, List.of(new Sort(sortBy, "ASCENDING")), null, properties, PAGE, null);
    }
  }

  /**
   * Where the next call starts.
   *
   * @param next the cursor to commit with the page; null keeps the committed one
   * @param more the caller should ask again at once
   */
  record Advance(Cursor next, boolean more) {}

  /**
   * @param page the records read, each with its modification time
   * @param full the search reported more matches than the page holds
   */
  static Advance advance(Query query, List<Timed> page, boolean full) {
    if (query.mode() == Mode.TIE) {
      if (full) {
        return new Advance(tie(query.time(), maxId(query.afterId(), page)), true);
      }
      return new Advance(new Cursor(query.time(), DRAINED), true);
    }
    if (page.isEmpty()) {
      return new Advance(null, false);
    }
    Instant last = page.stream().map(Timed::modifiedAt).max(Instant::compareTo).orElseThrow();
    String carried =
        query.mode() == Mode.NORMAL && last.equals(query.time()) ? query.afterId() : null;
    if (full) {
      return new Advance(tie(last, carried), true);
    }
    List<Timed> atLast = page.stream().filter(t -> t.modifiedAt().equals(last)).toList();
    return new Advance(new Cursor(last, pad(maxId(carried, atLast))), false);
  }

  /**
   * Holds {@code advance} back to the settle horizon: HubSpot's search index shows a change only
   * after a short delay (VENDOR-FACTS), so a record changed shortly before a search may be missing
   * from it while records changed later are already there. A cursor past {@code horizon} (the
   * search's start minus the settle time) could therefore pass such a record by for good.
   *
   * <p>A page that reaches past the horizon holds every match up to it (pages are sorted by
   * modification time, and a full page holds every match before its last instant), so the cursor
   * becomes {@code (horizon, DRAINED)}: everything modified at or before the horizon has been read,
   * and the next pull reads from there, the settle window included, again. {@code more} is then
   * false, or the same window would be read again at once. A committed cursor already past the
   * horizon (from before this rule, or a longer settle time) is kept as it is.
   *
   * @param horizon the search's start minus the settle time; null: no settle time
   */
  static Advance settled(Advance advance, Query query, Instant horizon) {
    if (horizon == null || advance.next() == null || !advance.next().time().isAfter(horizon)) {
      return advance;
    }
    if (query.time() != null && query.time().isAfter(horizon)) {
      return new Advance(null, false);
    }
    return new Advance(new Cursor(horizon, DRAINED), false);
  }

  private static Cursor tie(Instant time, String afterId) {
    return new Cursor(time, afterId == null ? "" : TIE + pad(afterId));
  }

  /** A record id and its modification time as the cursor sees them. */
  record Timed(String id, Instant modifiedAt) {
    static Timed of(HubSpotObject object, Instant modifiedAt) {
      return new Timed(object.id(), modifiedAt);
    }
  }

  private static String maxId(String start, List<Timed> page) {
    String max = start;
    for (Timed t : page) {
      if (max == null || compareIds(t.id(), max) > 0) {
        max = t.id();
      }
    }
    return max;
  }

  /** HubSpot record ids are decimal numbers: "10" follows "9". */
  static int compareIds(String a, String b) {
    if (a.length() != b.length()) {
      return Integer.compare(a.length(), b.length());
    }
    return a.compareTo(b);
  }

  /** Zero-padded so that string order is numeric order (the store compares ids as strings). */
  static String pad(String id) {
    if (id.length() >= ID_WIDTH) {
      return id;
    }
    return "0".repeat(ID_WIDTH - id.length()) + id;
  }

  private static String unpad(String id) {
    return id.replaceFirst("^0+(?=.)", "");
  }

  /** HubSpot search compares datetime values given as epoch milliseconds (Search API docs). */
  static String millis(Instant time) {
    return Long.toString(time.toEpochMilli());
  }
}
