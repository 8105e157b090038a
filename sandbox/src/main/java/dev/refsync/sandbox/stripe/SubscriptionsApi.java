package dev.refsync.sandbox.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.Json;
import dev.refsync.sandbox.stripe.StripeStore.Kind;
import java.util.List;
import java.util.Set;

/**
 * {@code /v1/subscriptions}: create with one inline {@code items[0][price_data]} (the emulator
 * keeps no price catalogue), retrieve, list (canceled ones only with {@code status=canceled} or
 * {@code all}, as Stripe does), cancel with {@code DELETE} (optional {@code
 * cancellation_details[comment|feedback]}; the emulator bills whole periods, so there is no
 * proration or final invoice).
 */
final class SubscriptionsApi {

  private static final Set<String> STATUSES =
      Set.of(
          "active",
          "all",
          "canceled",
          "ended",
          "incomplete",
          "incomplete_expired",
          "past_due",
          "paused",
          "trialing",
          "unpaid");

  /** Stripe's {@code cancellation_details.feedback} values. */
  static final Set<String> FEEDBACK =
      Set.of(
          "customer_service",
          "low_quality",
          "missing_features",
          "other",
          "switched_service",
          "too_complex",
          "too_expensive",
          "unused");

  private final StripeBilling billing;
  private final Expansion expansion;

  SubscriptionsApi(StripeBilling billing, Expansion expansion) {
    this.billing = billing;
    this.expansion = expansion;
  }

  void register(StripeRoutes routes) {
    routes.post("/v1/subscriptions", StripeEndpoints.SUBSCRIPTIONS_CREATE, this::create);
    routes.get("/v1/subscriptions/{id}", StripeEndpoints.SUBSCRIPTIONS_RETRIEVE, this::retrieve);
    routes.get("/v1/subscriptions", StripeEndpoints.SUBSCRIPTIONS_LIST, this::list);
    routes.delete("/v1/subscriptions/{id}", StripeEndpoints.SUBSCRIPTIONS_CANCEL, this::cancel);
  }

  private ObjectNode create(StripeCall call) {
    call.allowOnly("customer", "items", "metadata");
    String customer = call.requireString("customer");
    JsonNode items = call.node("items").orElseThrow(() -> call.errors().missingParam("items"));
    if (!items.isArray() || items.size() != 1) {
      throw call.errors()
          .invalidParam(
              "parameter_invalid",
              "items",
              "The emulator supports exactly one subscription item, given as items[0][price_data].");
    }
    JsonNode priceData = items.get(0).path("price_data");
    if (items.get(0).has("price")) {
      throw call.errors()
          .invalidParam(
              "resource_missing",
              "items[0][price]",
              "No such price: '" + items.get(0).get("price").asText() + "' (pass price_data)");
    }
    String prefix = "items[0][price_data]";
    StripeBilling.Plan plan =
        new StripeBilling.Plan(
            call.parseInteger(
                prefix + "[unit_amount]", required(call, priceData, prefix, "unit_amount")),
            required(call, priceData, prefix, "currency").toLowerCase(java.util.Locale.ROOT),
            required(call, priceData, prefix, "product"),
            interval(call, priceData.path("recurring").path("interval").asText("")));
    return expansion.apply(
        call,
        billing.createSubscription(customer, plan, call.node("metadata").orElse(null), call.now()),
        call.expand());
  }

  private ObjectNode retrieve(StripeCall call) {
    return expansion.apply(
        call, billing.get(Kind.SUBSCRIPTION, call.pathParam("id"), "id"), call.expand());
  }

  private ObjectNode cancel(StripeCall call) {
    call.allowOnly("cancellation_details");
    JsonNode details = call.node("cancellation_details").orElse(Json.object());
    String comment = details.path("comment").asText(null);
    String feedback = details.path("feedback").asText(null);
    if (feedback != null && !FEEDBACK.contains(feedback)) {
      throw call.errors()
          .invalidParam(
              "parameter_invalid",
              "cancellation_details[feedback]",
              "Invalid feedback: must be one of " + FEEDBACK + ".");
    }
    return expansion.apply(
        call,
        billing.cancelSubscription(call.pathParam("id"), comment, feedback, call.now()),
        call.expand());
  }

  private ObjectNode list(StripeCall call) {
    call.allowOnly("limit", "starting_after", "ending_before", "created", "customer", "status");
    String customer = call.string("customer").orElse(null);
    String status = call.string("status").orElse(null);
    if (status != null && !STATUSES.contains(status)) {
      throw call.errors()
          .invalidParam(
              "parameter_invalid", "status", "Invalid status: must be one of " + STATUSES + ".");
    }
    List<String> expand = expansion.forListItems(call);
    return billing
        .store()
        .readNewestFirst(
            Kind.SUBSCRIPTION,
            live -> {
              List<ObjectNode> subs =
                  live.stream()
                      .filter(s -> customer == null || customer.equals(s.get("customer").asText()))
                      .filter(s -> matchesStatus(s.get("status").asText(), status))
                      .toList();
              return StripeLists.page(
                  call,
                  "/v1/subscriptions",
                  "subscription",
                  subs,
                  s -> expansion.apply(call, s.deepCopy(), expand));
            });
  }

  private static boolean matchesStatus(String actual, String wanted) {
    if (wanted == null) {
      return !actual.equals("canceled");
    }
    return switch (wanted) {
      case "all" -> true;
      case "ended" -> actual.equals("canceled") || actual.equals("incomplete_expired");
      default -> actual.equals(wanted);
    };
  }

  private static String required(StripeCall call, JsonNode node, String prefix, String field) {
    String value = node.path(field).asText("");
    if (value.isEmpty()) {
      throw call.errors().missingParam(prefix + "[" + field + "]");
    }
    return value;
  }

  private static String interval(StripeCall call, String interval) {
    if (!interval.equals("month") && !interval.equals("year")) {
      throw call.errors()
          .invalidParam(
              "parameter_invalid",
              "items[0][price_data][recurring][interval]",
              "Invalid interval '" + interval + "': the emulator bills month or year.");
    }
    return interval;
  }
}
