package dev.refsync.sandbox.stripe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * The JSON fields of each object type, as API version 2026-07-29.dahlia returns them and
 * stripe-java 33.3.0 models them ({@code com.stripe.model.*}). {@link StripeStore#create} has
 * already set {@code id}, {@code object}, {@code created} and {@code livemode}; these fill the
 * rest.
 */
final class StripeShapes {

  private StripeShapes() {}

  static void customer(ObjectNode c, StripeBilling.CustomerFields fields, ObjectNode metadata) {
    c.putNull("address");
    c.put("balance", 0);
    c.putNull("currency");
    c.putNull("default_source");
    c.put("delinquent", false);
    putNullable(c, "description", fields.description());
    c.putNull("discount");
    putNullable(c, "email", fields.email());
    c.put("invoice_prefix", invoicePrefix(c.get("id").asText()));
    ObjectNode settings = c.putObject("invoice_settings");
    settings.putNull("custom_fields");
    settings.putNull("default_payment_method");
    settings.putNull("footer");
    settings.putNull("rendering_options");
    c.set("metadata", metadata);
    putNullable(c, "name", fields.name());
    c.put("next_invoice_sequence", 1);
    putNullable(c, "phone", fields.phone());
    c.putArray("preferred_locales");
    c.putNull("shipping");
    c.put("tax_exempt", "none");
    c.putNull("test_clock");
  }

  static void subscription(
      ObjectNode s,
      String customerId,
      StripeBilling.Plan plan,
      ObjectNode metadata,
      String itemId,
      String priceId,
      Instant at) {
    String id = s.get("id").asText();
    s.putNull("application");
    s.put("billing_cycle_anchor", at.getEpochSecond());
    s.putNull("cancel_at");
    s.put("cancel_at_period_end", false);
    s.putNull("canceled_at");
    ObjectNode cancellation = s.putObject("cancellation_details");
    cancellation.putNull("comment");
    cancellation.putNull("feedback");
    cancellation.putNull("reason");
    s.put("collection_method", "charge_automatically");
    s.put("currency", plan.currency());
    s.put("customer", customerId);
    s.putNull("days_until_due");
    s.putNull("default_payment_method");
    s.putNull("description");
    s.putArray("discounts");
    s.putNull("ended_at");
    ObjectNode items = s.putObject("items");
    items.put("object", "list");
    ObjectNode item = items.putArray("data").addObject();
    item.put("id", itemId);
    item.put("object", "subscription_item");
    item.put("created", at.getEpochSecond());
    item.put("current_period_start", at.getEpochSecond());
    item.put("current_period_end", plusInterval(at, plan.interval()).getEpochSecond());
    item.putObject("metadata");
    ObjectNode price = item.putObject("price");
    price.put("id", priceId);
    price.put("object", "price");
    price.put("active", true);
    price.put("created", at.getEpochSecond());
    price.put("currency", plan.currency());
    price.put("livemode", false);
    price.putObject("metadata");
    price.put("product", plan.product());
    ObjectNode recurring = price.putObject("recurring");
    recurring.put("interval", plan.interval());
    recurring.put("interval_count", 1);
    recurring.put("usage_type", "licensed");
    price.put("type", "recurring");
    price.put("unit_amount", plan.unitAmount());
    price.put("unit_amount_decimal", Long.toString(plan.unitAmount()));
    item.put("quantity", 1);
    item.put("subscription", id);
    items.put("has_more", false);
    items.put("total_count", 1);
    items.put("url", "/v1/subscription_items?subscription=" + id);
    s.putNull("latest_invoice");
    s.put("livemode", false);
    s.set("metadata", metadata);
    s.put("start_date", at.getEpochSecond());
    s.put("status", "active");
    s.putNull("trial_end");
    s.putNull("trial_start");
  }

  static void charge(
      ObjectNode ch,
      String customerId,
      long amount,
      String currency,
      String description,
      String paymentIntent,
      ObjectNode metadata) {
    ch.put("amount", amount);
    ch.put("amount_captured", amount);
    ch.put("amount_refunded", 0);
    ch.putNull("balance_transaction");
    ObjectNode billing = ch.putObject("billing_details");
    billing.putNull("address");
    billing.putNull("email");
    billing.putNull("name");
    billing.putNull("phone");
    ch.put("calculated_statement_descriptor", "REFSYNC EMULATOR");
    ch.put("captured", true);
    ch.put("currency", currency);
    putNullable(ch, "customer", customerId);
    putNullable(ch, "description", description);
    ch.put("disputed", false);
    ch.putNull("failure_code");
    ch.putNull("failure_message");
    ch.set("metadata", metadata);
    ObjectNode outcome = ch.putObject("outcome");
    outcome.put("network_status", "approved_by_network");
    outcome.putNull("reason");
    outcome.put("risk_level", "normal");
    outcome.put("seller_message", "Payment complete.");
    outcome.put("type", "authorized");
    ch.put("paid", true);
    putNullable(ch, "payment_intent", paymentIntent);
    ObjectNode details = ch.putObject("payment_method_details");
    ObjectNode card = details.putObject("card");
    card.put("brand", "visa");
    card.put("country", "US");
    card.put("exp_month", 12);
    card.put("exp_year", 2034);
    card.put("funding", "credit");
    card.put("last4", "4242");
    details.put("type", "card");
    ch.put("refunded", false);
    ch.put("status", "succeeded");
  }

  static void refund(
      ObjectNode r, ObjectNode charge, long value, String reason, ObjectNode metadata) {
    r.put("amount", value);
    r.putNull("balance_transaction");
    r.put("charge", charge.get("id").asText());
    r.put("currency", charge.get("currency").asText());
    r.putNull("destination_details");
    r.set("metadata", metadata);
    r.set("payment_intent", charge.get("payment_intent"));
    putNullable(r, "reason", reason);
    r.putNull("receipt_number");
    r.putNull("source_transfer_reversal");
    r.put("status", "succeeded");
    r.putNull("transfer_reversal");
  }

  static void dispute(ObjectNode d, ObjectNode charge, long amount, String reason) {
    d.put("amount", amount);
    d.putArray("balance_transactions");
    d.put("charge", charge.get("id").asText());
    d.put("currency", charge.get("currency").asText());
    d.put("is_charge_refundable", false);
    d.putObject("metadata");
    d.set("payment_intent", charge.get("payment_intent"));
    d.put("reason", reason);
    d.put("status", "needs_response");
  }

  static void putNullable(ObjectNode node, String field, String value) {
    if (value == null) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }

  static Instant plusInterval(Instant start, String interval) {
    ZonedDateTime t = start.atZone(ZoneOffset.UTC);
    return (interval.equals("year") ? t.plusYears(1) : t.plusMonths(1)).toInstant();
  }

  private static String invoicePrefix(String customerId) {
    return customerId.substring(4, 12).toUpperCase(Locale.ROOT);
  }

  /** A subscription invoice for the item's current period, paid in full at {@code at}. */
  static void paidInvoice(
      ObjectNode inv,
      ObjectNode customer,
      ObjectNode s,
      ObjectNode item,
      long amount,
      String currency,
      boolean first,
      String number,
      Instant at) {
    inv.put("account_country", "US");
    inv.put("account_name", "Refsync Emulator");
    inv.put("amount_due", amount);
    inv.put("amount_overpaid", 0);
    inv.put("amount_paid", amount);
    inv.put("amount_remaining", 0);
    inv.put("attempt_count", 1);
    inv.put("attempted", true);
    inv.put("auto_advance", false);
    inv.put("billing_reason", first ? "subscription_create" : "subscription_cycle");
    inv.put("collection_method", "charge_automatically");
    inv.put("currency", currency);
    inv.put("customer", customer.get("id").asText());
    inv.set("customer_email", customer.get("email"));
    inv.set("customer_name", customer.get("name"));
    inv.putNull("description");
    inv.putNull("due_date");
    inv.put("effective_at", at.getEpochSecond());
    inv.put("ending_balance", 0);
    inv.putNull("hosted_invoice_url");
    inv.putNull("invoice_pdf");
    inv.putObject("metadata");
    inv.put("number", number);
    ObjectNode parent = inv.putObject("parent");
    parent.putNull("quote_details");
    ObjectNode details = parent.putObject("subscription_details");
    details.set("metadata", s.get("metadata").deepCopy());
    details.put("subscription", s.get("id").asText());
    parent.put("type", "subscription_details");
    inv.put("period_end", item.get("current_period_end").asLong());
    inv.put("period_start", item.get("current_period_start").asLong());
    inv.put("starting_balance", 0);
    inv.put("status", "paid");
    ObjectNode transitions = inv.putObject("status_transitions");
    transitions.put("finalized_at", at.getEpochSecond());
    transitions.putNull("marked_uncollectible_at");
    transitions.put("paid_at", at.getEpochSecond());
    transitions.putNull("voided_at");
    inv.put("subtotal", amount);
    inv.put("subtotal_excluding_tax", amount);
    inv.put("total", amount);
    inv.put("total_excluding_tax", amount);
    inv.put("webhooks_delivered_at", at.getEpochSecond());
  }

  /** The invoice payment (Stripe's {@code invoice_payment}) that links a charge to its invoice. */
  static void invoicePayment(ObjectNode p, ObjectNode invoice, String paymentIntent) {
    p.put("amount_paid", invoice.get("amount_paid").asLong());
    p.put("amount_requested", invoice.get("amount_due").asLong());
    p.put("currency", invoice.get("currency").asText());
    p.put("invoice", invoice.get("id").asText());
    p.put("is_default", true);
    ObjectNode payment = p.putObject("payment");
    payment.put("payment_intent", paymentIntent);
    payment.put("type", "payment_intent");
    p.put("status", "paid");
    ObjectNode st = p.putObject("status_transitions");
    st.putNull("canceled_at");
    st.put("paid_at", invoice.get("status_transitions").get("paid_at").asLong());
  }
}
