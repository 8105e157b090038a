package dev.refsync.sandbox.stripe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every object of the emulated account, as the JSON Stripe would return, plus the event log. Lists
 * come out newest first (Stripe's order), ties broken by creation order. Callers synchronize on the
 * store for multi-step changes; single calls are synchronized here.
 */
final class StripeStore {

  /** Object types with their {@code object} value and id prefix. */
  enum Kind {
    CUSTOMER("customer", "cus"),
    SUBSCRIPTION("subscription", "sub"),
    INVOICE("invoice", "in"),
    CHARGE("charge", "ch"),
    REFUND("refund", "re"),
    DISPUTE("dispute", "dp"),
    INVOICE_PAYMENT("invoice_payment", "inpay"),
    EVENT("event", "evt");

    final String objectName;
    final String prefix;

    Kind(String objectName, String prefix) {
      this.objectName = objectName;
      this.prefix = prefix;
    }
  }

  private record Stored(ObjectNode json, long sequence) {}

  private final StripeIds ids;
  private final Map<Kind, Map<String, Stored>> objects = new EnumMap<>(Kind.class);
  private long sequence;

  StripeStore(StripeIds ids) {
    this.ids = ids;
    for (Kind kind : Kind.values()) {
      objects.put(kind, new LinkedHashMap<>());
    }
  }

  String newId(String prefix) {
    return ids.next(prefix);
  }

  /**
   * Stores a new object with {@code id, object, created, livemode:false}; returns the live node.
   */
  synchronized ObjectNode create(Kind kind, Instant at) {
    ObjectNode json = Json.object();
    String id = ids.next(kind.prefix);
    json.put("id", id);
    json.put("object", kind.objectName);
    json.put("created", at.getEpochSecond());
    json.put("livemode", false);
    objects.get(kind).put(id, new Stored(json, ++sequence));
    return json;
  }

  /** The live node, for changes made while holding the store's lock. */
  synchronized Optional<ObjectNode> find(Kind kind, String id) {
    return Optional.ofNullable(objects.get(kind).get(id)).map(Stored::json);
  }

  /** Deep copies, newest first. */
  synchronized List<ObjectNode> all(Kind kind) {
    List<ObjectNode> out = new ArrayList<>();
    newestFirst(kind).forEach(s -> out.add(s.json().deepCopy()));
    return out;
  }

  /**
   * Runs {@code read} under the store's lock over the live objects of a kind, newest first, so a
   * list endpoint copies only the page it returns instead of every stored object (a seeded year
   * holds thousands of invoices and tens of thousands of events). {@code read} must copy what it
   * returns and keep no live node.
   */
  synchronized <T> T readNewestFirst(Kind kind, Function<List<ObjectNode>, T> read) {
    return read.apply(newestFirst(kind).stream().map(Stored::json).toList());
  }

  private List<Stored> newestFirst(Kind kind) {
    List<Stored> stored = new ArrayList<>(objects.get(kind).values());
    stored.sort(
        Comparator.comparingLong((Stored s) -> s.json().get("created").asLong())
            .thenComparingLong(Stored::sequence)
            .reversed());
    return stored;
  }

  synchronized int count(Kind kind) {
    return objects.get(kind).size();
  }

  /** Every object by type, in creation order. */
  synchronized ObjectNode dump() {
    ObjectNode out = Json.object();
    objects.forEach(
        (kind, byId) -> {
          var array = out.putArray(kind.objectName + "s");
          byId.values().forEach(s -> array.add(s.json().deepCopy()));
        });
    return out;
  }
}
