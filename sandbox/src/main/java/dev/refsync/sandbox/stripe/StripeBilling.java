package dev.refsync.sandbox.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.Json;
import dev.refsync.sandbox.stripe.StripeStore.Kind;
import java.time.Instant;
import java.util.Locale;

/**
 * What happens in the account, whoever asks (an API call, a test helper or the seeder): each change
 * takes the instant it happens at, updates the objects and records the events Stripe would send,
 * with that instant as {@code created}. Object shapes follow API version 2026-07-29.dahlia, the one
 * stripe-java 33.3.0 reads: an invoice names its subscription under {@code
 * parent.subscription_details.subscription}; a charge carries no {@code invoice} but a
 * PaymentIntent id, which an {@code invoice_payment} links to the invoice.
 */
final class StripeBilling {

  private final StripeStore store;
  private final StripeErrors errors;
  private final Metadata metadata;
  private final String apiVersion;

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
      StripeShapes.customer(c, fields, newMetadata);
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
      StripeShapes.subscription(
          s, customerId, plan, newMetadata, store.newId("si"), store.newId("price"), at);
      emit("customer.subscription.created", s, null, at);
      return s.deepCopy();
    }
  }

  /**
   * Ends the subscription at {@code at}, as {@code DELETE /v1/subscriptions/{id}} does, recording
   * the customer's {@code comment} and {@code feedback} when given (null: none).
   */
  ObjectNode cancelSubscription(String id, String comment, String feedback, Instant at) {
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
      ObjectNode details = (ObjectNode) s.get("cancellation_details");
      StripeShapes.putNullable(details, "comment", comment);
      StripeShapes.putNullable(details, "feedback", feedback);
      details.put("reason", "cancellation_requested");
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
            StripeShapes.plusInterval(start, price.get("recurring").get("interval").asText())
                .getEpochSecond());
      }
      String customerId = s.get("customer").asText();
      ObjectNode customer = require(Kind.CUSTOMER, customerId, "customer");
      long amount = price.get("unit_amount").asLong() * item.get("quantity").asLong();
      String currency = price.get("currency").asText();

      String paymentIntent = store.newId("pi");
      ObjectNode charge = store.create(Kind.CHARGE, at);
      StripeShapes.charge(
          charge,
          customerId,
          amount,
          currency,
          first ? "Subscription creation" : "Subscription update",
          paymentIntent,
          Json.object());

      ObjectNode inv = store.create(Kind.INVOICE, at);
      String invoiceId = inv.get("id").asText();
      int sequence = customer.get("next_invoice_sequence").asInt();
      customer.put("next_invoice_sequence", sequence + 1);
      String number =
          customer.get("invoice_prefix").asText()
              + "-"
              + String.format(Locale.ROOT, "%04d", sequence);
      StripeShapes.paidInvoice(inv, customer, s, item, amount, currency, first, number, at);
      StripeShapes.invoicePayment(store.create(Kind.INVOICE_PAYMENT, at), inv, paymentIntent);
      s.put("latest_invoice", invoiceId);

      emit("charge.succeeded", charge, null, at);
      emit("invoice.paid", inv, null, at);
      emit("invoice.payment_succeeded", inv, null, at);
      return new PaidInvoice(invoiceId, paymentIntent, charge.get("id").asText(), amount, currency);
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
      ObjectNode charge = store.create(Kind.CHARGE, at);
      StripeShapes.charge(charge, customerId, amount, currency, description, null, newMetadata);
      emit("charge.succeeded", charge, null, at);
      return charge.deepCopy();
    }
  }

  /** The {@code payments} of an invoice (an includable field), as a list. */
  ObjectNode invoicePayments(ObjectNode invoice) {
    String invoiceId = invoice.get("id").asText();
    ObjectNode list = Json.object();
    list.put("object", "list");
    var data = list.putArray("data");
    store.readNewestFirst(
        Kind.INVOICE_PAYMENT,
        live -> {
          live.stream()
              .filter(p -> p.get("invoice").asText().equals(invoiceId))
              .forEach(p -> data.add(p.deepCopy()));
          return data;
        });
    list.put("has_more", false);
    list.put("url", "/v1/invoice_payments?invoice=" + invoiceId);
    return list;
  }

  /**
   * The charge a PaymentIntent made. Only subscription payments have PaymentIntents here; the
   * emulator keeps no PaymentIntent objects of its own.
   */
  String chargeOfPaymentIntent(String paymentIntent) {
    return store
        .readNewestFirst(
            Kind.CHARGE,
            live ->
                live.stream()
                    .filter(c -> paymentIntent.equals(c.path("payment_intent").asText(null)))
                    .map(c -> c.get("id").asText())
                    .findFirst())
        .orElseThrow(() -> errors.noSuch("payment_intent", paymentIntent, "payment_intent"));
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
      StripeShapes.refund(r, charge, value, reason, newMetadata);

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
      StripeShapes.dispute(d, charge, amount, reason);
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
}
