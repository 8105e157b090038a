package dev.refsync.sandbox.stripe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.stripe.StripeStore.Kind;
import java.util.List;
import java.util.Locale;

/**
 * {@code /v1/charges}: create (a test card token or a customer; always succeeds), retrieve, list
 * (filter {@code customer}, {@code created}).
 */
final class ChargesApi {

  /**
   * Stripe's minimum charge in USD cents (docs.stripe.com, "Minimum and maximum charge amounts").
   */
  static final long MINIMUM_AMOUNT = 50;

  private final StripeBilling billing;
  private final Expansion expansion;

  ChargesApi(StripeBilling billing, Expansion expansion) {
    this.billing = billing;
    this.expansion = expansion;
  }

  void register(StripeRoutes routes) {
    routes.post("/v1/charges", StripeEndpoints.CHARGES_CREATE, this::create);
    routes.get("/v1/charges/{id}", StripeEndpoints.CHARGES_RETRIEVE, this::retrieve);
    routes.get("/v1/charges", StripeEndpoints.CHARGES_LIST, this::list);
  }

  private ObjectNode create(StripeCall call) {
    call.allowOnly("amount", "currency", "customer", "source", "description", "metadata");
    long amount = call.integer("amount").orElseThrow(() -> call.errors().missingParam("amount"));
    String currency = call.requireString("currency").toLowerCase(Locale.ROOT);
    String customer = call.string("customer").orElse(null);
    if (customer == null && call.string("source").isEmpty()) {
      throw call.errors().missingParam("source");
    }
    if (amount < MINIMUM_AMOUNT) {
      throw call.errors()
          .invalidParam(
              "amount_too_small",
              "amount",
              "Amount must be at least " + MINIMUM_AMOUNT + " cents.");
    }
    return expansion.apply(
        call,
        billing.createCharge(
            customer,
            amount,
            currency,
            call.string("description").orElse(null),
            call.node("metadata").orElse(null),
            call.now()),
        call.expand());
  }

  private ObjectNode retrieve(StripeCall call) {
    return expansion.apply(
        call, billing.get(Kind.CHARGE, call.pathParam("id"), "id"), call.expand());
  }

  private ObjectNode list(StripeCall call) {
    call.allowOnly("limit", "starting_after", "ending_before", "created", "customer");
    String customer = call.string("customer").orElse(null);
    List<String> expand = expansion.forListItems(call);
    return billing
        .store()
        .readNewestFirst(
            Kind.CHARGE,
            live -> {
              List<ObjectNode> charges =
                  live.stream()
                      .filter(
                          c -> customer == null || customer.equals(c.path("customer").asText(null)))
                      .toList();
              return StripeLists.page(
                  call,
                  "/v1/charges",
                  "charge",
                  charges,
                  c -> expansion.apply(call, c.deepCopy(), expand));
            });
  }
}
