package dev.refsync.sandbox.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.stripe.StripeStore.Kind;
import java.util.List;
import java.util.Map;

/**
 * {@code expand[]} (docs.stripe.com/api/expanding_objects): replaces an id field by the object it
 * names. Supported paths per object type are listed in {@link #EXPANDABLE}; {@code payments} on an
 * invoice is Stripe's includable list of invoice payments. A list endpoint takes paths prefixed
 * {@code data.}.
 */
final class Expansion {

  private static final Map<String, Map<String, Kind>> EXPANDABLE =
      Map.of(
          "customer", Map.of(),
          "subscription", Map.of("customer", Kind.CUSTOMER, "latest_invoice", Kind.INVOICE),
          "invoice", Map.of("customer", Kind.CUSTOMER),
          "charge", Map.of("customer", Kind.CUSTOMER),
          "refund", Map.of("charge", Kind.CHARGE),
          "dispute", Map.of("charge", Kind.CHARGE),
          "invoice_payment", Map.of("invoice", Kind.INVOICE),
          "event", Map.of());

  private final StripeBilling billing;

  Expansion(StripeBilling billing) {
    this.billing = billing;
  }

  /** Checks every path before anything is expanded, so a bad path fails the whole call. */
  ObjectNode apply(StripeCall call, ObjectNode object, List<String> paths) {
    String type = object.get("object").asText();
    for (String path : paths) {
      boolean known =
          EXPANDABLE.get(type).containsKey(path)
              || (type.equals("invoice") && path.equals("payments"));
      if (!known) {
        throw call.errors()
            .invalidParam(
                "parameter_invalid", "expand", "This property cannot be expanded (" + path + ").");
      }
    }
    for (String path : paths) {
      if (path.equals("payments")) {
        object.set("payments", billing.invoicePayments(object));
        continue;
      }
      JsonNode id = object.get(path);
      if (id != null && id.isTextual()) {
        object.set(path, billing.get(EXPANDABLE.get(type).get(path), id.asText(), "expand"));
      }
    }
    return object;
  }

  /** For list endpoints: {@code data.customer} expands {@code customer} on each item. */
  List<String> forListItems(StripeCall call) {
    return call.expand().stream()
        .map(
            p -> {
              if (!p.startsWith("data.")) {
                throw call.errors()
                    .invalidParam(
                        "parameter_invalid",
                        "expand",
                        "This property cannot be expanded ("
                            + p
                            + "). List items are expanded"
                            + " with the prefix data.");
              }
              return p.substring(5);
            })
        .toList();
  }
}
