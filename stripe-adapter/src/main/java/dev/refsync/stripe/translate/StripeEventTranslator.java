package dev.refsync.stripe.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.stripe.model.Event;
import dev.refsync.mappings.mapper.MappedRecord;
import dev.refsync.mappings.mapper.MappingContext;
import dev.refsync.mappings.mapper.RecordMapper;
import dev.refsync.mappings.spec.RecordKind;
import dev.refsync.stripe.VendorObject;
import dev.refsync.stripe.identity.CustomerIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns Stripe events (and the backfill's objects) into canonical records through the mapping file
 * (DESIGN 6), never by hand. Record ids are Stripe object ids (invoice, refund, dispute), so a
 * duplicated or out-of-order event yields the same records and re-processing is idempotent.
 *
 * <ul>
 *   <li>{@code invoice.paid} → Payment (VENDOR-FACTS: preferred over invoice.payment_succeeded);
 *   <li>{@code refund.created}/{@code refund.updated} → Refund; {@code charge.refunded} → a Refund
 *       per refund of the charge;
 *   <li>{@code charge.dispute.closed} lost → Refund of the disputed amount;
 *   <li>{@code customer.subscription.deleted} → Churn unless another subscription still bills;
 *   <li>{@code customer.created}/{@code updated} → Account (and Referral) plus the account link.
 * </ul>
 *
 * Refunds and disputes name a PaymentIntent; the invoice they reverse is resolved through {@link
 * StripeLookups} and handed to the mapping as the {@code invoice} association. A refund of a
 * one-off charge (no invoice) reverses no Payment and yields nothing.
 */
public final class StripeEventTranslator {
  static final String INVOICE_ASSOCIATION = "invoice";

  private static final Set<String> REFUND_EVENTS = Set.of("refund.created", "refund.updated");
  private static final Set<String> CUSTOMER_EVENTS = Set.of("customer.created", "customer.updated");

  private final RecordMapper mapper;
  private final StripeLookups lookups;
  private final CustomerIdentity identity;

  public StripeEventTranslator(
      RecordMapper mapper, StripeLookups lookups, CustomerIdentity identity) {
    this.mapper = mapper;
    this.lookups = lookups;
    this.identity = identity;
  }

  public Translation translate(Event event) {
    String type = event.getType();
    VendorObject object = VendorObject.ofEvent(event);
    if ("invoice.paid".equals(type)
        || REFUND_EVENTS.contains(type)
        || "charge.dispute.closed".equals(type)
        || "customer.subscription.deleted".equals(type)
        || CUSTOMER_EVENTS.contains(type)) {
      return translate(object);
    }
    if ("charge.refunded".equals(type)) {
      return chargeRefunds(object);
    }
    return Translation.none();
  }

  /** A backfilled object (or an event's object), translated by what it is and its state. */
  public Translation translate(VendorObject object) {
    return switch (object.objectType()) {
      case "invoice" -> Translation.of(mapped(RecordKind.PAYMENT, object, MappingContext.empty()));
      case "refund", "dispute" -> reversal(object.json(), object.objectType());
      case "subscription" -> churn(object);
      case "customer" ->
          new Translation(
              mapper.map("customer", object.json(), MappingContext.empty()),
              Optional.of(identity.link(object.json())));
      default -> Translation.none();
    };
  }

  private Translation chargeRefunds(VendorObject charge) {
    List<MappedRecord> out = new ArrayList<>();
    for (JsonNode refund : lookups.refundsOfCharge(charge.id())) {
      out.addAll(reversal(refund, "refund").records());
    }
    return Translation.of(out);
  }

  private Translation reversal(JsonNode json, String objectType) {
    String intent = text(json, "payment_intent");
    Optional<String> invoice =
        intent == null ? Optional.empty() : lookups.invoiceOfPaymentIntent(intent);
    if (invoice.isEmpty()) {
      return Translation.none();
    }
    MappingContext context =
        new MappingContext(Map.of(INVOICE_ASSOCIATION, List.of(invoice.get())));
    return Translation.of(
        mapped(RecordKind.REFUND, new VendorObject(objectType, text(json, "id"), json), context));
  }

  private Translation churn(VendorObject subscription) {
    List<MappedRecord> churn = mapped(RecordKind.CHURN, subscription, MappingContext.empty());
    if (churn.isEmpty()
        || lookups.hasOtherLiveSubscription(subscription.text("customer"), subscription.id())) {
      return Translation.none();
    }
    return Translation.of(churn);
  }

  private List<MappedRecord> mapped(RecordKind kind, VendorObject object, MappingContext context) {
    return mapper.map(object.objectType(), object.json(), context).stream()
        .filter(r -> r.kind() == kind)
        .toList();
  }

  private static String text(JsonNode json, String field) {
    JsonNode node = json.path(field);
    return node.isMissingNode() || node.isNull() ? null : node.asText();
  }
}
