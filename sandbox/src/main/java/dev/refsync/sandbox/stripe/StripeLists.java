package dev.refsync.sandbox.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.Json;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.function.UnaryOperator;

/**
 * Stripe's list envelope and cursor paging (docs.stripe.com/api/pagination): {@code
 * {"object":"list","data":[...],"has_more","url"}}, newest first, {@code limit} 1–100 (default 10),
 * {@code starting_after} / {@code ending_before} an object id, and the {@code created} filter
 * ({@code created=ts} or {@code created[gt|gte|lt|lte]=ts}).
 */
final class StripeLists {

  static final int DEFAULT_LIMIT = 10;
  static final int MAX_LIMIT = 100;

  private StripeLists() {}

  /**
   * One page of {@code newestFirst} after the {@code created} filter.
   *
   * @param render applied to each object of the page (expansion)
   */
  static ObjectNode page(
      StripeCall call,
      String url,
      String objectName,
      List<ObjectNode> newestFirst,
      UnaryOperator<ObjectNode> render) {
    int limit = limit(call);
    LongPredicate created = created(call);
    List<ObjectNode> items =
        newestFirst.stream().filter(o -> created.test(o.get("created").asLong())).toList();
    String after = call.string("starting_after").orElse(null);
    String before = call.string("ending_before").orElse(null);
    if (after != null && before != null) {
      throw call.errors()
          .invalidParam(
              "parameter_invalid",
              "ending_before",
              "You may only specify one of these parameters: ending_before, starting_after.");
    }
    int from;
    int to;
    boolean hasMore;
    if (before != null) {
      to = indexOf(call, items, before, "ending_before", objectName);
      from = Math.max(0, to - limit);
      hasMore = from > 0;
    } else {
      from = after == null ? 0 : indexOf(call, items, after, "starting_after", objectName) + 1;
      to = Math.min(items.size(), from + limit);
      hasMore = to < items.size();
    }
    ObjectNode list = Json.object();
    list.put("object", "list");
    ArrayNode data = list.putArray("data");
    items.subList(from, to).forEach(o -> data.add(render.apply(o)));
    list.put("has_more", hasMore);
    list.put("url", url);
    return list;
  }

  private static int limit(StripeCall call) {
    long limit = call.integer("limit").orElse((long) DEFAULT_LIMIT);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw call.errors()
          .invalidParam(
              "parameter_invalid_integer",
              "limit",
              "Invalid limit: must be between 1 and " + MAX_LIMIT + ", was " + limit + ".");
    }
    return (int) limit;
  }

  private static int indexOf(
      StripeCall call, List<ObjectNode> items, String id, String param, String objectName) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).get("id").asText().equals(id)) {
        return i;
      }
    }
    throw call.errors()
        .invalidParam("resource_missing", param, "No such " + objectName + ": '" + id + "'");
  }

  private static LongPredicate created(StripeCall call) {
    JsonNode n = call.params().get("created");
    if (n == null) {
      return t -> true;
    }
    if (n.isTextual()) {
      long exact = call.parseInteger("created", n.asText());
      return t -> t == exact;
    }
    LongPredicate out = t -> true;
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      String param = "created[" + e.getKey() + "]";
      long bound = call.parseInteger(param, e.getValue().asText());
      out =
          out.and(
              switch (e.getKey()) {
                case "gt" -> t -> t > bound;
                case "gte" -> t -> t >= bound;
                case "lt" -> t -> t < bound;
                case "lte" -> t -> t <= bound;
                default ->
                    throw call.errors()
                        .invalidParam(
                            "parameter_unknown", param, "Received unknown parameter: " + param);
              });
    }
    return out;
  }
}
