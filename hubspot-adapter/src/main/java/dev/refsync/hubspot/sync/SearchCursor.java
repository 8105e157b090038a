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
 *   <li>NORMAL ({@code id} a record id): {@code (lastmod = t AND hs_object_id > id) OR lastmod > t}
 *       sorted by lastmod ascending. A page that is not full holds every match: commit (last time,
 *       largest id at that time). A full page holds every match before its last time but only some
 *       of the records AT it (their order is undefined): commit (last time, TIE).
 *   <li>TIE ({@code id} empty or {@code =<id>}): {@code lastmod = t AND hs_object_id > id} sorted
 *       by {@code hs_object_id}, which is a total order: commit (t, {@code =<last id>}) per full
 *       page; when the ties are drained, continue NORMAL from (t, largest id).
 * </ul>
 *
 * A steady state with no change is one search returning nothing. Records read twice (the tie query
 * re-reads some of a full page's last second) are older-or-equal versions the store ignores.
 */
final class SearchCursor {
  /** HubSpot's page maximum for search (VENDOR-FACTS). */
  static final int PAGE = 200;

  static final String ID = "hs_object_id";
  private static final String TIE = "=";

  private SearchCursor() {}

  /** Which query a committed cursor asks for. */
  record Query(boolean tie, Instant time, String afterId) {
    static Query of(Optional<Cursor> cursor) {
      if (cursor.isEmpty()) {
        return new Query(false, null, null);
      }
      String id = cursor.get().id();
      if (id.isEmpty()) {
        return new Query(true, cursor.get().time(), null);
      }
      if (id.startsWith(TIE)) {
        return new Query(true, cursor.get().time(), id.substring(TIE.length()));
      }
      return new Query(false, cursor.get().time(), id);
    }

    SearchRequest request(String lastModified, List<String> properties) {
      if (tie) {
        Filter at = Filter.of(lastModified, "EQ", millis(time));
        List<Filter> filters =
            afterId == null ? List.of(at) : List.of(at, Filter.of(ID, "GT", afterId));
        return new SearchRequest(
            List.of(new FilterGroup(filters)),
            List.of(new Sort(ID, "ASCENDING")),
            null,
            properties,
            PAGE,
            null);
      }
      List<FilterGroup> groups =
          time == null
              ? List.of()
              : List.of(
                  new FilterGroup(
                      List.of(
                          Filter.of(lastModified, "EQ", millis(time)),
                          Filter.of(ID, "GT", afterId))),
                  new FilterGroup(List.of(Filter.of(lastModified, "GT", millis(time)))));
      return new SearchRequest(
          groups, List.of(new Sort(lastModified, "ASCENDING")), null, properties, PAGE, null);
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
    if (query.tie()) {
      String lastId = maxId(query.afterId(), page);
      if (full) {
        return new Advance(new Cursor(query.time(), TIE + lastId), true);
      }
      // Ties drained: records after (t, lastId) follow in NORMAL order.
      return new Advance(new Cursor(query.time(), lastId == null ? "0" : lastId), true);
    }
    if (page.isEmpty()) {
      return new Advance(null, false);
    }
    Instant last = page.stream().map(Timed::modifiedAt).max(Instant::compareTo).orElseThrow();
    String carried = last.equals(query.time()) ? query.afterId() : null;
    if (full) {
      return new Advance(new Cursor(last, carried == null ? "" : TIE + carried), true);
    }
    List<Timed> atLast = page.stream().filter(t -> t.modifiedAt().equals(last)).toList();
    return new Advance(new Cursor(last, maxId(carried, atLast)), false);
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

  /** HubSpot search compares datetime values given as epoch milliseconds (Search API docs). */
  static String millis(Instant time) {
    return Long.toString(time.toEpochMilli());
  }
}
