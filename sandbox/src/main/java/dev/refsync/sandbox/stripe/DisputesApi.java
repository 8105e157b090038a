package dev.refsync.sandbox.stripe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.stripe.StripeStore.Kind;
import java.util.List;

/**
 * {@code /v1/disputes}: retrieve and list (filter {@code charge}, {@code created}). Disputes are
 * opened and closed by the cardholder's bank, so only test helpers create them ({@link
 * StripeEmulator#openDispute}).
 */
final class DisputesApi {

  private final StripeBilling billing;
  private final Expansion expansion;

  DisputesApi(StripeBilling billing, Expansion expansion) {
    this.billing = billing;
    this.expansion = expansion;
  }

  void register(StripeRoutes routes) {
    routes.get("/v1/disputes/{id}", StripeEndpoints.DISPUTES_RETRIEVE, this::retrieve);
    routes.get("/v1/disputes", StripeEndpoints.DISPUTES_LIST, this::list);
  }

  private ObjectNode retrieve(StripeCall call) {
    return expansion.apply(
        call, billing.get(Kind.DISPUTE, call.pathParam("id"), "id"), call.expand());
  }

  private ObjectNode list(StripeCall call) {
    call.allowOnly("limit", "starting_after", "ending_before", "created", "charge");
    String charge = call.string("charge").orElse(null);
    List<String> expand = expansion.forListItems(call);
    return billing
        .store()
        .readNewestFirst(
            Kind.DISPUTE,
            live -> {
              List<ObjectNode> disputes =
                  live.stream()
                      .filter(d -> charge == null || charge.equals(d.get("charge").asText()))
                      .toList();
              return StripeLists.page(
                  call,
                  "/v1/disputes",
                  "dispute",
                  disputes,
                  d -> expansion.apply(call, d.deepCopy(), expand));
            });
  }
}
