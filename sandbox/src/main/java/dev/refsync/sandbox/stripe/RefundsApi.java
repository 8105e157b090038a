package dev.refsync.sandbox.stripe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.stripe.StripeStore.Kind;
import java.util.List;
import java.util.Set;

/**
 * {@code /v1/refunds}: create a full or partial refund of a charge, named directly or by the
 * PaymentIntent that made it (subscription payments), retrieve, list (filter {@code charge}, {@code
 * payment_intent}, {@code created}).
 */
final class RefundsApi {

  private static final Set<String> REASONS =
      Set.of("duplicate", "fraudulent", "requested_by_customer");

  private final StripeBilling billing;
  private final Expansion expansion;

  RefundsApi(StripeBilling billing, Expansion expansion) {
    this.billing = billing;
    this.expansion = expansion;
  }

  void register(StripeRoutes routes) {
    routes.post("/v1/refunds", StripeEndpoints.REFUNDS_CREATE, this::create);
    routes.get("/v1/refunds/{id}", StripeEndpoints.REFUNDS_RETRIEVE, this::retrieve);
    routes.get("/v1/refunds", StripeEndpoints.REFUNDS_LIST, this::list);
  }

  private ObjectNode create(StripeCall call) {
    call.allowOnly("charge", "payment_intent", "amount", "reason", "metadata");
    String paymentIntent = call.string("payment_intent").orElse(null);
    if (paymentIntent != null && call.string("charge").isPresent()) {
      throw call.errors()
          .invalidParam(
              "parameter_invalid",
              "payment_intent",
              "You may only specify one of these parameters: charge, payment_intent.");
    }
    String charge =
        paymentIntent == null
            ? call.requireString("charge")
            : billing.chargeOfPaymentIntent(paymentIntent);
    String reason = call.string("reason").orElse(null);
    if (reason != null && !REASONS.contains(reason)) {
      throw call.errors()
          .invalidParam(
              "parameter_invalid", "reason", "Invalid reason: must be one of " + REASONS + ".");
    }
    return expansion.apply(
        call,
        billing.refund(
            charge,
            call.integer("amount").orElse(null),
            reason,
            call.node("metadata").orElse(null),
            call.now()),
        call.expand());
  }

  private ObjectNode retrieve(StripeCall call) {
    return expansion.apply(
        call, billing.get(Kind.REFUND, call.pathParam("id"), "id"), call.expand());
  }

  private ObjectNode list(StripeCall call) {
    call.allowOnly(
        "limit", "starting_after", "ending_before", "created", "charge", "payment_intent");
    String charge = call.string("charge").orElse(null);
    String paymentIntent = call.string("payment_intent").orElse(null);
    List<String> expand = expansion.forListItems(call);
    return billing
        .store()
        .readNewestFirst(
            Kind.REFUND,
            live -> {
              List<ObjectNode> refunds =
                  live.stream()
                      .filter(r -> charge == null || charge.equals(r.get("charge").asText()))
                      .filter(
                          r ->
                              paymentIntent == null
                                  || paymentIntent.equals(r.path("payment_intent").asText(null)))
                      .toList();
              return StripeLists.page(
                  call,
                  "/v1/refunds",
                  "refund",
                  refunds,
                  r -> expansion.apply(call, r.deepCopy(), expand));
            });
  }
}
