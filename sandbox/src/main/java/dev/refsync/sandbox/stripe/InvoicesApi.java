package dev.refsync.sandbox.stripe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.stripe.StripeStore.Kind;
import java.util.List;

/**
 * {@code /v1/invoices}: retrieve and list (filters {@code customer}, {@code subscription}, {@code
 * status}, {@code created}). Invoices are created by paying a subscription period ({@link
 * StripeEmulator#payInvoice}) or by the seeder.
 */
final class InvoicesApi {

  private final StripeBilling billing;
  private final Expansion expansion;

  InvoicesApi(StripeBilling billing, Expansion expansion) {
    this.billing = billing;
    this.expansion = expansion;
  }

  void register(StripeRoutes routes) {
    routes.get("/v1/invoices/{id}", StripeEndpoints.INVOICES_RETRIEVE, this::retrieve);
    routes.get("/v1/invoices", StripeEndpoints.INVOICES_LIST, this::list);
  }

  private ObjectNode retrieve(StripeCall call) {
    return expansion.apply(
        call, billing.get(Kind.INVOICE, call.pathParam("id"), "id"), call.expand());
  }

  private ObjectNode list(StripeCall call) {
    call.allowOnly(
        "limit",
        "starting_after",
        "ending_before",
        "created",
        "customer",
        "subscription",
        "status");
    String customer = call.string("customer").orElse(null);
    String subscription = call.string("subscription").orElse(null);
    String status = call.string("status").orElse(null);
    List<String> expand = expansion.forListItems(call);
    return billing
        .store()
        .readNewestFirst(
            Kind.INVOICE,
            live -> {
              List<ObjectNode> invoices =
                  live.stream()
                      .filter(i -> customer == null || customer.equals(i.get("customer").asText()))
                      .filter(
                          i ->
                              subscription == null
                                  || subscription.equals(
                                      i.at("/parent/subscription_details/subscription").asText()))
                      .filter(i -> status == null || status.equals(i.get("status").asText()))
                      .toList();
              return StripeLists.page(
                  call,
                  "/v1/invoices",
                  "invoice",
                  invoices,
                  i -> expansion.apply(call, i.deepCopy(), expand));
            });
  }
}
