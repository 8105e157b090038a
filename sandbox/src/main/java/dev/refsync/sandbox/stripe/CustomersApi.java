package dev.refsync.sandbox.stripe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.stripe.StripeStore.Kind;
import java.util.List;

/** {@code /v1/customers}: create, retrieve, update (metadata merge), list with {@code email}. */
final class CustomersApi {

  private static final String[] FIELDS = {"email", "name", "description", "phone", "metadata"};

  private final StripeBilling billing;
  private final Expansion expansion;

  CustomersApi(StripeBilling billing, Expansion expansion) {
    this.billing = billing;
    this.expansion = expansion;
  }

  void register(StripeRoutes routes) {
    routes.post("/v1/customers", StripeEndpoints.CUSTOMERS_CREATE, this::create);
    routes.get("/v1/customers/{id}", StripeEndpoints.CUSTOMERS_RETRIEVE, this::retrieve);
    routes.post("/v1/customers/{id}", StripeEndpoints.CUSTOMERS_UPDATE, this::update);
    routes.get("/v1/customers", StripeEndpoints.CUSTOMERS_LIST, this::list);
  }

  private ObjectNode create(StripeCall call) {
    call.allowOnly(FIELDS);
    return expansion.apply(call, billing.createCustomer(fields(call), call.now()), call.expand());
  }

  private ObjectNode retrieve(StripeCall call) {
    return expansion.apply(
        call, billing.get(Kind.CUSTOMER, call.pathParam("id"), "id"), call.expand());
  }

  private ObjectNode update(StripeCall call) {
    call.allowOnly(FIELDS);
    return expansion.apply(
        call,
        billing.updateCustomer(call.pathParam("id"), fields(call), call.now()),
        call.expand());
  }

  private ObjectNode list(StripeCall call) {
    call.allowOnly("limit", "starting_after", "ending_before", "created", "email");
    String email = call.string("email").orElse(null);
    List<String> expand = expansion.forListItems(call);
    return billing
        .store()
        .readNewestFirst(
            Kind.CUSTOMER,
            live -> {
              List<ObjectNode> customers =
                  live.stream()
                      .filter(c -> email == null || email.equals(c.path("email").asText(null)))
                      .toList();
              return StripeLists.page(
                  call,
                  "/v1/customers",
                  "customer",
                  customers,
                  c -> expansion.apply(call, c.deepCopy(), expand));
            });
  }

  private static StripeBilling.CustomerFields fields(StripeCall call) {
    return new StripeBilling.CustomerFields(
        call.string("email").orElse(null),
        call.string("name").orElse(null),
        call.string("description").orElse(null),
        call.string("phone").orElse(null),
        call.node("metadata").orElse(null));
  }
}
