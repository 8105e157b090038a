package dev.refsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.EmulatorRequest;
import dev.refsync.sandbox.core.EmulatorResponse;
import dev.refsync.sandbox.core.EmulatorServer;
import dev.refsync.sandbox.core.Json;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code POST /crm/v3/objects/{objectType}/search} (developers.hubspot.com, "CRM API → Search"):
 * filter groups OR'ed, filters in a group AND'ed; one sort; {@code limit} ≤ 200; {@code after} is
 * an offset; a query may not reach past 10,000 results; the request body may not exceed 3,000
 * characters; a record is visible only once the index has caught up with its last write.
 */
final class SearchApi {

  static final int MAX_LIMIT = 200;
  static final int MAX_RESULTS = 10_000;
  static final int MAX_BODY_CHARS = 3_000;

  // Search filter limits since August 2024 (HubSpot developer changelog, "Expanded filtering
  // capabilities and error messaging in HubSpot's Search API").
  static final int MAX_FILTER_GROUPS = 5;
  static final int MAX_FILTERS_PER_GROUP = 10;
  static final int MAX_FILTERS = 25;

  private final HubSpotStore store;
  private final HubSpotErrors errors;
  private final Duration indexingDelay;
  // Records whose last write the index shows later than the others': HubSpot's index does not
  // always catch up in modification order, which is what a search cursor must survive.
  private final Map<Long, Duration> lateWrites = new ConcurrentHashMap<>();

  /** The search index shows {@code objectId}'s writes {@code extra} later than the others'. */
  void indexLate(String objectId, Duration extra) {
    lateWrites.put(Long.parseLong(objectId), extra);
  }

  SearchApi(HubSpotStore store, HubSpotErrors errors, Duration indexingDelay) {
    this.store = store;
    this.errors = errors;
    this.indexingDelay = indexingDelay;
  }

  void register(EmulatorServer.Builder b) {
    b.route("POST", "/crm/v3/objects/{objectType}/search", HubSpotEndpoints.SEARCH, this::search);
  }

  private EmulatorResponse search(EmulatorRequest r) {
    ObjectTypeDef type = store.type(r.pathParam("objectType"));
    if (r.body().length > MAX_BODY_CHARS) {
      throw errors.badRequest(
          "Search request body is "
              + r.body().length
              + " characters; the limit is "
              + MAX_BODY_CHARS
              + ".");
    }
    JsonNode body = r.json();
    int limit = body.path("limit").asInt(10);
    if (limit < 0 || limit > MAX_LIMIT) {
      throw errors.badRequest("limit must be between 0 and " + MAX_LIMIT + ", was " + limit);
    }
    int after = parseAfter(body.path("after"));
    if ((long) after + limit > MAX_RESULTS) {
      // HubSpot rejects any page that would reach past the 10,000th result of a query.
      throw errors.badRequest(
          "Paging past "
              + MAX_RESULTS
              + " results is not supported: after="
              + after
              + ", limit="
              + limit
              + ". Narrow the query (e.g. restart from the last seen value) instead.");
    }
    List<List<SearchFilter>> groups = filterGroups(type, body.path("filterGroups"));
    Comparator<CrmObject> order = order(type, body.path("sorts"));
    String query = body.path("query").asText("");

    Instant indexedUpTo = store.now().minus(indexingDelay);
    List<CrmObject> matches = new ArrayList<>();
    for (CrmObject o : store.live(type.objectTypeId())) {
      Duration late = lateWrites.getOrDefault(o.id(), Duration.ZERO);
      if (!o.updatedAt().plus(late).isAfter(indexedUpTo)
          && matchesGroups(type, o, groups)
          && matchesQuery(type, o, query)) {
        matches.add(o);
      }
    }
    matches.sort(order);

    List<String> props = ObjectsApi.textList(body.path("properties"));
    ObjectNode out = Json.object();
    out.put("total", matches.size());
    ArrayNode results = out.putArray("results");
    int end = Math.min(matches.size(), after + limit);
    for (int i = after; i < end; i++) {
      results.add(HubSpotJson.object(matches.get(i), type, props));
    }
    if (end < matches.size()) {
      out.putObject("paging").putObject("next").put("after", Integer.toString(end));
    }
    return EmulatorResponse.json(200, out);
  }

  private int parseAfter(JsonNode after) {
    if (after.isMissingNode() || after.isNull() || after.asText().isEmpty()) {
      return 0;
    }
    try {
      int value = Integer.parseInt(after.asText());
      if (value < 0) {
        throw errors.badRequest("after must not be negative, was " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw errors.badRequest(
          "after must be a paging cursor returned by a previous page, was " + after);
    }
  }

  private List<List<SearchFilter>> filterGroups(ObjectTypeDef type, JsonNode groupsNode) {
    List<List<SearchFilter>> groups = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (JsonNode g : groupsNode) {
      List<SearchFilter> filters = new ArrayList<>();
      for (JsonNode f : g.path("filters")) {
        String name = f.path("propertyName").asText("");
        String op = f.path("operator").asText("");
        if (name.isEmpty()) {
          problems.add("a filter has no propertyName");
        } else if (store.property(type.objectTypeId(), name).isEmpty()) {
          problems.add(
              "There was a problem with the request: property "
                  + name
                  + " does not exist on "
                  + type.name());
        }
        if (!SearchFilter.OPERATORS.contains(op)) {
          problems.add("Unknown filter operator '" + op + "' for property " + name);
        }
        filters.add(
            new SearchFilter(
                name,
                op,
                f.path("value").asText(""),
                f.path("highValue").asText(""),
                ObjectsApi.textList(f.path("values"))));
      }
      groups.add(filters);
    }
    int total = groups.stream().mapToInt(List::size).sum();
    if (groups.size() > MAX_FILTER_GROUPS) {
      problems.add(groups.size() + " filter groups; the limit is " + MAX_FILTER_GROUPS);
    }
    if (groups.stream().anyMatch(g -> g.size() > MAX_FILTERS_PER_GROUP)) {
      problems.add("a filter group has more than " + MAX_FILTERS_PER_GROUP + " filters");
    }
    if (total > MAX_FILTERS) {
      problems.add(total + " filters in total; the limit is " + MAX_FILTERS);
    }
    if (!problems.isEmpty()) {
      throw errors.badRequest(String.join("; ", problems));
    }
    return groups;
  }

  private boolean matchesGroups(ObjectTypeDef type, CrmObject o, List<List<SearchFilter>> groups) {
    if (groups.isEmpty()) {
      return true;
    }
    for (List<SearchFilter> group : groups) {
      boolean all = true;
      for (SearchFilter f : group) {
        all &= f.matches(o, store.property(type.objectTypeId(), f.propertyName()));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** Free-text {@code query}: a case-insensitive substring of any default property's value. */
  private static boolean matchesQuery(ObjectTypeDef type, CrmObject o, String query) {
    if (query.isBlank()) {
      return true;
    }
    String q = query.toLowerCase(Locale.ROOT);
    return type.defaultProperties().stream()
        .map(o::property)
        .anyMatch(v -> v != null && v.toLowerCase(Locale.ROOT).contains(q));
  }

  /** One sort at most; ties (and the no-sort case) ordered by hs_object_id ascending. */
  private Comparator<CrmObject> order(ObjectTypeDef type, JsonNode sorts) {
    Comparator<CrmObject> byId = Comparator.comparingLong(CrmObject::id);
    if (!sorts.isArray() || sorts.isEmpty()) {
      return byId;
    }
    if (sorts.size() > 1) {
      throw errors.badRequest("Only one sort is supported, got " + sorts.size());
    }
    JsonNode s = sorts.get(0);
    String name;
    boolean descending;
    if (s.isTextual()) {
      // The legacy string form: "createdate" or "-createdate".
      descending = s.asText().startsWith("-");
      name = descending ? s.asText().substring(1) : s.asText();
    } else {
      name = s.path("propertyName").asText("");
      String direction = s.path("direction").asText("ASCENDING");
      if (!direction.equals("ASCENDING") && !direction.equals("DESCENDING")) {
        throw errors.badRequest("Sort direction must be ASCENDING or DESCENDING, was " + direction);
      }
      descending = direction.equals("DESCENDING");
    }
    Optional<PropertyDef> def = store.property(type.objectTypeId(), name);
    if (def.isEmpty()) {
      throw errors.badRequest("Cannot sort by unknown property " + name);
    }
    // Keys are computed once per record, not per comparison: searches sort thousands of records.
    Map<Long, Comparable<Object>> keys = new HashMap<>();
    Comparator<CrmObject> byValue =
        (a, b) -> {
          Comparable<Object> x = keys.computeIfAbsent(a.id(), k -> sortKey(a.property(name), def));
          Comparable<Object> y = keys.computeIfAbsent(b.id(), k -> sortKey(b.property(name), def));
          if (x == NO_VALUE || y == NO_VALUE) {
            // Records without the property come last in either direction.
            return x == NO_VALUE ? (y == NO_VALUE ? 0 : 1) : -1;
          }
          int c = x.compareTo(y);
          return descending ? -c : c;
        };
    return byValue.thenComparing(byId);
  }

  private static final Comparable<Object> NO_VALUE = o -> 0;

  /** The value as its type compares: instant, decimal, or lower-cased string. */
  @SuppressWarnings("unchecked")
  private static Comparable<Object> sortKey(String value, Optional<PropertyDef> def) {
    if (value == null) {
      return NO_VALUE;
    }
    if (def.isPresent() && def.get().isTemporal()) {
      Optional<Instant> t = HubSpotTimes.parse(value);
      if (t.isPresent()) {
        return (Comparable<Object>) (Comparable<?>) t.get();
      }
    }
    if (def.isPresent() && def.get().isNumeric()) {
      try {
        return (Comparable<Object>) (Comparable<?>) new BigDecimal(value);
      } catch (NumberFormatException e) {
        // not a number after all: compare as text, as filters do
      }
    }
    return (Comparable<Object>) (Comparable<?>) value.toLowerCase(Locale.ROOT);
  }
}
