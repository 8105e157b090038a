package dev.refsync.sandbox.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.stripe.StripeStore.Kind;
import java.util.List;

/**
 * {@code /v1/invoice_payments} (docs.stripe.com/api/invoice-payment): how a charge's PaymentIntent
 * leads back to the invoice it paid, now that a charge no longer names its invoice. Retrieve, and
 * list with {@code invoice}, {@code payment[type]=payment_intent} + {@code
 * payment[payment_intent]}, {@code status}.
 */
final class InvoicePaymentsApi {

  private final StripeBilling billing;
  private final Expansion expansion;

  InvoicePaymentsApi(StripeBilling billing, Expansion expansion) {
    this.billing = billing;
    this.expansion = expansion;
  }

  void register(StripeRoutes routes) {
    routes.get(
        "/v1/invoice_payments/{id}", StripeEndpoints.INVOICE_PAYMENTS_RETRIEVE, this::retrieve);
    routes.get("/v1/invoice_payments", StripeEndpoints.INVOICE_PAYMENTS_LIST, this::list);
  }

  private ObjectNode retrieve(StripeCall call) {
    return expansion.apply(
        call, billing.get(Kind.INVOICE_PAYMENT, call.pathParam("id"), "id"), call.expand());
  }

  private ObjectNode list(StripeCall call) {
    call.allowOnly(
        "limit", "starting_after", "ending_before", "created", "invoice", "payment", "status");
    String invoice = call.string("invoice").orElse(null);
    String status = call.string("status").orElse(null);
    String paymentIntent = paymentIntentFilter(call);
    List<String> expand = expansion.forListItems(call);
    return billing
        .store()
        .readNewestFirst(
            Kind.INVOICE_PAYMENT,
            live -> {
              List<ObjectNode> payments =
                  live.stream()
                      .filter(p -> invoice == null || invoice.equals(p.get("invoice").asText()))
                      .filter(p -> status == null || status.equals(p.get("status").asText()))
                      .filter(
                          p ->
                              paymentIntent == null
                                  || paymentIntent.equals(
                                      p.at("/payment/payment_intent").asText(null)))
                      .toList();
              return StripeLists.page(
                  call,
                  "/v1/invoice_payments",
                  "invoice_payment",
                  payments,
                  p -> expansion.apply(call, p.deepCopy(), expand));
            });
  }

  private static String paymentIntentFilter(StripeCall call) {
    JsonNode payment = call.params().get("payment");
    if (payment == null) {
      return null;
    }
    if (!payment.isObject() || !"payment_intent".equals(payment.path("type").asText())) {
      throw call.errors()
          .invalidParam(
              "parameter_invalid",
              "payment[type]",
              "The emulator filters invoice payments by payment[type]=payment_intent only.");
    }
    String id = payment.path("payment_intent").asText("");
    if (id.isEmpty()) {
      throw call.errors().missingParam("payment[payment_intent]");
    }
    return id;
  }
}
