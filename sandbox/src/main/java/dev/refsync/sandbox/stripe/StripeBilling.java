package dev.refsync.sandbox.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.Json;
import dev.refsync.sandbox.stripe.StripeStore.Kind;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What happens in the account, whoever asks (an API call, a test helper or the seeder): each change
 * takes the instant it happens at, updates the objects and records the events Stripe would send,
 * with that instant as {@code created}. Object shapes follow API version 2026-07-29.dahlia, the one
 * stripe-java 33.3.0 reads: an invoice names its subscription under {@code
 * parent.subscription_details.subscription} and links its charge through {@code payments}; a charge
 * carries no {@code invoice}.
 */
final class StripeBilling {

  private final StripeStore store;
  private final StripeErrors errors;
  private final Metadata metadata;
  private final String apiVersion;
  private final Map<String, String> invoiceByCharge = new HashMap<>();

  StripeBilling(StripeStore store, StripeErrors errors, String apiVersion) {
    this.store = store;
    this.errors = errors;
    this.metadata = new Metadata(errors);
    this.apiVersion = apiVersion;
  }

  StripeStore store() {
    return store;
  }

  // ---- customers -------------------------------------------------------------------------

  /** Fields a caller may set on a customer: email, name, description, phone, metadata. */
  record CustomerFields(
      String email, String name, String description, String phone, JsonNode metadata) {}

  ObjectNode createCustomer(CustomerFields fields, Instant at) {
    synchronized (store) {
      ObjectNode newMetadata =
          fields.metadata() == null
              ? Json.object()
              : metadata.apply(Json.object(), fields.metadata());
      ObjectNode c = store.create(Kind.CUSTOMER, at);
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
      c.set("metadata", newMetadata);
      putNullable(c, "name", fields.name());
      c.put("next_invoice_sequence", 1);
      putNullable(c, "phone", fields.phone());
      c.putArray("preferred_locales");
      c.putNull("shipping");
      c.put("tax_exempt", "none");
      c.putNull("test_clock");
      emit("customer.created", c, null, at);
      return c.deepCopy();
    }
  }

  /** Changes only the fields given (non-null); metadata keys merge as Stripe documents. */
  ObjectNode updateCustomer(String id, CustomerFields fields, Instant at) {
    synchronized (store) {
      ObjectNode c = require(Kind.CUSTOMER, id, "id");
      ObjectNode newMetadata =
          fields.metadata() == null
              ? null
              : metadata.apply((ObjectNode) c.get("metadata"), fields.metadata());
      ObjectNode previous = Json.object();
      change(c, previous, "email", fields.email());
      change(c, previous, "name", fields.name());
      change(c, previous, "description", fields.description());
      change(c, previous, "phone", fields.phone());
      if (newMetadata != null && !newMetadata.equals(c.get("metadata"))) {
        previous.set("metadata", c.get("metadata").deepCopy());
        c.set("metadata", newMetadata);
      }
      if (!previous.isEmpty()) {
        emit("customer.updated", c, previous, at);
      }
      return c.deepCopy();
    }
  }

  // ---- subscriptions ---------------------------------------------------------------------

  /** One monthly (or yearly) licensed price, given inline as Stripe's {@code price_data}. */
  record Plan(long unitAmount, String currency, String product, String interval) {}

  ObjectNode createSubscription(String customerId, Plan plan, JsonNode meta, Instant at) {
    synchronized (store) {
      require(Kind.CUSTOMER, customerId, "customer");
      ObjectNode newMetadata = meta == null ? Json.object() : metadata.apply(Json.object(), meta);
      ObjectNode s = store.create(Kind.SUBSCRIPTION, at);
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
      item.put("id", store.newId("si"));
      item.put("object", "subscription_item");
      item.put("created", at.getEpochSecond());
      item.put("current_period_start", at.getEpochSecond());
      item.put("current_period_end", plusInterval(at, plan.interval()).getEpochSecond());
      item.putObject("metadata");
      ObjectNode price = item.putObject("price");
      price.put("id", store.newId("price"));
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
      s.set("metadata", newMetadata);
      s.put("start_date", at.getEpochSecond());
      s.put("status", "active");
      s.putNull("trial_end");
      s.putNull("trial_start");
      emit("customer.subscription.created", s, null, at);
      return s.deepCopy();
    }
  }

  /** Ends the subscription now, as {@code DELETE /v1/subscriptions/{id}} does. */
  ObjectNode cancelSubscription(String id, Instant at) {
    synchronized (store) {
      ObjectNode s = require(Kind.SUBSCRIPTION, id, "id");
      if ("canceled".equals(s.get("status").asText())) {
        throw errors.refused(
            "resource_missing",
            null,
            "No such subscription: '" + id + "' (it is already canceled)");
      }
      s.put("status", "canceled");
      s.put("canceled_at", at.getEpochSecond());
      s.put("ended_at", at.getEpochSecond());
      ((ObjectNode) s.get("cancellation_details")).put("reason", "cancellation_requested");
      emit("customer.subscription.deleted", s, null, at);
      return s.deepCopy();
    }
  }

  // ---- invoices and charges --------------------------------------------------------------

  /**
   * Bills the subscription's next period and pays it at {@code at}: the first call bills the period
   * the subscription started in ({@code subscription_create}), later calls advance one interval
   * ({@code subscription_cycle}). Emits {@code charge.succeeded}, {@code invoice.paid} and {@code
   * invoice.payment_succeeded}.
   */
  PaidInvoice payInvoice(String subscriptionId, Instant at) {
    synchronized (store) {
      ObjectNode s = require(Kind.SUBSCRIPTION, subscriptionId, "subscription");
      if ("canceled".equals(s.get("status").asText())) {
        throw new IllegalStateException(
            "subscription " + subscriptionId + " is canceled; it bills no more periods");
      }
      ObjectNode item = (ObjectNode) s.get("items").get("data").get(0);
      JsonNode price = item.get("price");
      boolean first = s.get("latest_invoice").isNull();
      if (!first) {
        Instant start = Instant.ofEpochSecond(item.get("current_period_end").asLong());
        item.put("current_period_start", start.getEpochSecond());
        item.put(
            "current_period_end",
            plusInterval(start, price.get("recurring").get("interval").asText()).getEpochSecond());
      }
      String customerId = s.get("customer").asText();
      ObjectNode customer = require(Kind.CUSTOMER, customerId, "customer");
      long amount = price.get("unit_amount").asLong() * item.get("quantity").asLong();
      String currency = price.get("currency").asText();

      ObjectNode charge =
          newCharge(
              customerId,
              amount,
              currency,
              first ? "Subscription creation" : "Subscription update",
              Json.object(),
              at);

      ObjectNode inv = store.create(Kind.INVOICE, at);
      String invoiceId = inv.get("id").asText();
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
      inv.put("customer", customerId);
      inv.set("customer_email", customer.get("email"));
      inv.set("customer_name", customer.get("name"));
      inv.putNull("description");
      inv.putNull("due_date");
      inv.put("effective_at", at.getEpochSecond());
      inv.put("ending_balance", 0);
      inv.putNull("hosted_invoice_url");
      inv.putNull("invoice_pdf");
      inv.putObject("metadata");
      int sequence = customer.get("next_invoice_sequence").asInt();
      customer.put("next_invoice_sequence", sequence + 1);
      inv.put(
          "number",
          customer.get("invoice_prefix").asText()
              + "-"
              + String.format(Locale.ROOT, "%04d", sequence));
      ObjectNode parent = inv.putObject("parent");
      parent.putNull("quote_details");
      ObjectNode details = parent.putObject("subscription_details");
      details.set("metadata", s.get("metadata").deepCopy());
      details.put("subscription", subscriptionId);
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
      invoiceByCharge.put(charge.get("id").asText(), invoiceId);
      s.put("latest_invoice", invoiceId);

      emit("charge.succeeded", charge, null, at);
      emit("invoice.paid", inv, null, at);
      emit("invoice.payment_succeeded", inv, null, at);
      return new PaidInvoice(invoiceId, charge.get("id").asText(), amount, currency);
    }
  }

  /** A one-off card charge, as {@code POST /v1/charges} with a test token creates. */
  ObjectNode createCharge(
      String customerId,
      long amount,
      String currency,
      String description,
      JsonNode meta,
      Instant at) {
    synchronized (store) {
      if (customerId != null) {
        require(Kind.CUSTOMER, customerId, "customer");
      }
      ObjectNode newMetadata = meta == null ? Json.object() : metadata.apply(Json.object(), meta);
      ObjectNode charge = newCharge(customerId, amount, currency, description, newMetadata, at);
      emit("charge.succeeded", charge, null, at);
      return charge.deepCopy();
    }
  }

  /** The {@code payments} of an invoice (an includable field): the charge that paid it. */
  ObjectNode invoicePayments(ObjectNode invoice) {
    synchronized (store) {
      String invoiceId = invoice.get("id").asText();
      ObjectNode list = Json.object();
      list.put("object", "list");
      var data = list.putArray("data");
      invoiceByCharge.forEach(
          (chargeId, paidInvoice) -> {
            if (paidInvoice.equals(invoiceId)) {
              ObjectNode p = data.addObject();
              p.put("id", "inpay_" + chargeId.substring(3));
              p.put("object", "invoice_payment");
              p.put("amount_paid", invoice.get("amount_paid").asLong());
              p.put("amount_requested", invoice.get("amount_due").asLong());
              p.put("created", invoice.get("created").asLong());
              p.put("currency", invoice.get("currency").asText());
              p.put("invoice", invoiceId);
              p.put("is_default", true);
              p.put("livemode", false);
              ObjectNode payment = p.putObject("payment");
              payment.put("charge", chargeId);
              payment.put("type", "charge");
              p.put("status", "paid");
              ObjectNode st = p.putObject("status_transitions");
              st.putNull("canceled_at");
              st.put("paid_at", invoice.get("status_transitions").get("paid_at").asLong());
            }
          });
      list.put("has_more", false);
      list.put("url", "/v1/invoice_payments?invoice=" + invoiceId);
      return list;
    }
  }

  // ---- refunds and disputes --------------------------------------------------------------

  /**
   * Refunds {@code amount} (null: everything not yet refunded) of a charge. Emits {@code
   * charge.refunded} (the charge with its new {@code amount_refunded}) and {@code refund.created}.
   */
  ObjectNode refund(String chargeId, Long amount, String reason, JsonNode meta, Instant at) {
    synchronized (store) {
      ObjectNode charge = require(Kind.CHARGE, chargeId, "charge");
      long refundable = charge.get("amount").asLong() - charge.get("amount_refunded").asLong();
      if (refundable == 0) {
        throw errors.refused(
            "charge_already_refunded", null, "Charge " + chargeId + " has already been refunded.");
      }
      long value = amount == null ? refundable : amount;
      if (value <= 0) {
        throw errors.invalidParam(
            "parameter_invalid_integer", "amount", "Refund amount must be a positive integer.");
      }
      if (value > refundable) {
        throw errors.refused(
            "amount_too_large",
            "amount",
            "Refund amount ("
                + value
                + ") is greater than unrefunded amount on charge ("
                + refundable
                + ")");
      }
      ObjectNode newMetadata = meta == null ? Json.object() : metadata.apply(Json.object(), meta);
      ObjectNode r = store.create(Kind.REFUND, at);
      r.put("amount", value);
      r.putNull("balance_transaction");
      r.put("charge", chargeId);
      r.put("currency", charge.get("currency").asText());
      r.putNull("destination_details");
      r.set("metadata", newMetadata);
      r.putNull("payment_intent");
      putNullable(r, "reason", reason);
      r.putNull("receipt_number");
      r.putNull("source_transfer_reversal");
      r.put("status", "succeeded");
      r.putNull("transfer_reversal");

      ObjectNode previous = Json.object();
      previous.put("amount_refunded", charge.get("amount_refunded").asLong());
      previous.put("refunded", charge.get("refunded").asBoolean());
      long refunded = charge.get("amount_refunded").asLong() + value;
      charge.put("amount_refunded", refunded);
      charge.put("refunded", refunded == charge.get("amount").asLong());
      emit("charge.refunded", charge, previous, at);
      emit("refund.created", r, null, at);
      return r.deepCopy();
    }
  }

  /**
   * Opens a dispute on a charge: status {@code needs_response}, event {@code
   * charge.dispute.created}.
   */
  ObjectNode openDispute(String chargeId, long amount, String reason, Instant at) {
    synchronized (store) {
      ObjectNode charge = require(Kind.CHARGE, chargeId, "charge");
      if (amount <= 0 || amount > charge.get("amount").asLong()) {
        throw new IllegalArgumentException(
            "dispute amount must be between 1 and the charge amount "
                + charge.get("amount").asLong()
                + ", was "
                + amount);
      }
      ObjectNode d = store.create(Kind.DISPUTE, at);
      d.put("amount", amount);
      d.putArray("balance_transactions");
      d.put("charge", chargeId);
      d.put("currency", charge.get("currency").asText());
      d.put("is_charge_refundable", false);
      d.putObject("metadata");
      d.putNull("payment_intent");
      d.put("reason", reason);
      d.put("status", "needs_response");
      charge.put("disputed", true);
      emit("charge.dispute.created", d, null, at);
      return d.deepCopy();
    }
  }

  /** Closes a dispute as {@code won} or {@code lost}: event {@code charge.dispute.closed}. */
  ObjectNode closeDispute(String disputeId, DisputeOutcome outcome, Instant at) {
    synchronized (store) {
      ObjectNode d = require(Kind.DISPUTE, disputeId, "id");
      String status = d.get("status").asText();
      if (status.equals("won") || status.equals("lost")) {
        throw new IllegalStateException("dispute " + disputeId + " is already closed as " + status);
      }
      ObjectNode previous = Json.object();
      previous.put("status", status);
      d.put("status", outcome == DisputeOutcome.WON ? "won" : "lost");
      emit("charge.dispute.closed", d, previous, at);
      return d.deepCopy();
    }
  }

  // ---- lookups ---------------------------------------------------------------------------

  /** A deep copy, or Stripe's 404 {@code resource_missing} naming {@code param}. */
  ObjectNode get(Kind kind, String id, String param) {
    synchronized (store) {
      return require(kind, id, param).deepCopy();
    }
  }

  private ObjectNode require(Kind kind, String id, String param) {
    return store.find(kind, id).orElseThrow(() -> errors.noSuch(kind.objectName, id, param));
  }

  // ---- helpers ---------------------------------------------------------------------------

  private ObjectNode newCharge(
      String customerId,
      long amount,
      String currency,
      String description,
      ObjectNode newMetadata,
      Instant at) {
    ObjectNode ch = store.create(Kind.CHARGE, at);
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
    ch.set("metadata", newMetadata);
    ObjectNode outcome = ch.putObject("outcome");
    outcome.put("network_status", "approved_by_network");
    outcome.putNull("reason");
    outcome.put("risk_level", "normal");
    outcome.put("seller_message", "Payment complete.");
    outcome.put("type", "authorized");
    ch.put("paid", true);
    ch.putNull("payment_intent");
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
    return ch;
  }

  private void emit(String type, ObjectNode object, ObjectNode previous, Instant at) {
    ObjectNode e = store.create(Kind.EVENT, at);
    e.put("api_version", apiVersion);
    ObjectNode data = e.putObject("data");
    data.set("object", object.deepCopy());
    if (previous != null) {
      data.set("previous_attributes", previous);
    }
    e.put("pending_webhooks", 0);
    ObjectNode request = e.putObject("request");
    request.putNull("id");
    request.putNull("idempotency_key");
    e.put("type", type);
  }

  private static void change(ObjectNode node, ObjectNode previous, String field, String value) {
    if (value != null && !value.equals(node.path(field).asText(null))) {
      previous.set(field, node.get(field));
      node.put(field, value.isEmpty() ? null : value);
    }
  }

  private static void putNullable(ObjectNode node, String field, String value) {
    if (value == null) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }

  private static Instant plusInterval(Instant start, String interval) {
    ZonedDateTime t = start.atZone(ZoneOffset.UTC);
    return (interval.equals("year") ? t.plusYears(1) : t.plusMonths(1)).toInstant();
  }

  private static String invoicePrefix(String customerId) {
    return customerId.substring(4, 12).toUpperCase(Locale.ROOT);
  }
}
