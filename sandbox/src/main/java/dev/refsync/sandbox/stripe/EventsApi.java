package dev.refsync.sandbox.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.stripe.StripeStore.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code /v1/events} (docs.stripe.com/api/events/list): newest first, filters {@code type} (a
 * trailing {@code *} matches a prefix, e.g. {@code charge.dispute.*}), {@code types[]} (up to 20),
 * {@code created}; only events of the last {@code eventRetention} (30 days) by the emulator clock
 * exist, for the list and for retrieve alike.
 */
final class EventsApi {

  static final int MAX_TYPES = 20;

  private final StripeBilling billing;
  private final Duration retention;

  EventsApi(StripeBilling billing, Duration retention) {
    this.billing = billing;
    this.retention = retention;
  }

  void register(StripeRoutes routes) {
    routes.get("/v1/events/{id}", StripeEndpoints.EVENTS_RETRIEVE, this::retrieve);
    routes.get("/v1/events", StripeEndpoints.EVENTS_LIST, this::list);
  }

  private ObjectNode retrieve(StripeCall call) {
    String id = call.pathParam("id");
    ObjectNode event = billing.get(Kind.EVENT, id, "id");
    if (!retained(call.now()).test(event)) {
      throw call.errors().noSuch("event", id, "id");
    }
    return event;
  }

  private ObjectNode list(StripeCall call) {
    call.allowOnly("limit", "starting_after", "ending_before", "created", "type", "types");
    Predicate<ObjectNode> type = typeFilter(call);
    Predicate<ObjectNode> retained = retained(call.now());
    return billing
        .store()
        .readNewestFirst(
            Kind.EVENT,
            live ->
                StripeLists.page(
                    call,
                    "/v1/events",
                    "event",
                    live.stream().filter(retained).filter(type).toList(),
                    ObjectNode::deepCopy));
  }

  private Predicate<ObjectNode> retained(Instant now) {
    long oldest = now.minus(retention).getEpochSecond();
    return e -> e.get("created").asLong() >= oldest;
  }

  private static Predicate<ObjectNode> typeFilter(StripeCall call) {
    List<String> wanted = new ArrayList<>();
    call.string("type").ifPresent(wanted::add);
    JsonNode types = call.params().get("types");
    if (types != null) {
      if (call.string("type").isPresent()) {
        throw call.errors()
            .invalidParam(
                "parameter_invalid",
                "types",
                "You may only specify one of these parameters: type, types.");
      }
      if (!types.isArray()) {
        throw call.errors()
            .invalidParam("parameter_invalid", "types", "types must be an array of event types.");
      }
      types.forEach(t -> wanted.add(t.asText()));
      if (wanted.size() > MAX_TYPES) {
        throw call.errors()
            .invalidParam(
                "parameter_invalid",
                "types",
                "types can list up to " + MAX_TYPES + " event types, got " + wanted.size() + ".");
      }
    }
    if (wanted.isEmpty()) {
      return e -> true;
    }
    return e -> wanted.stream().anyMatch(w -> matches(w, e.get("type").asText()));
  }

  private static boolean matches(String pattern, String type) {
    return pattern.endsWith("*")
        ? type.startsWith(pattern.substring(0, pattern.length() - 1))
        : pattern.equals(type);
  }
}
