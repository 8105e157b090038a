package dev.refsync.stripe.sync;

import com.stripe.model.Event;
import dev.refsync.core.model.Refund;
import dev.refsync.core.port.DeadLetter;
import dev.refsync.core.port.PulledRecord;
import dev.refsync.mappings.mapper.MappedRecord;
import dev.refsync.mappings.mapper.MappingException;
import dev.refsync.mappings.mapper.RecordMapper;
import dev.refsync.mappings.spec.RecordKind;
import dev.refsync.stripe.VendorObject;
import dev.refsync.stripe.identity.CustomerIdentity;
import dev.refsync.stripe.translate.StripeEventTranslator;
import dev.refsync.stripe.translate.StripeLookups;
import dev.refsync.stripe.translate.Translation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stripe events and backfilled objects as {@link PulledRecord}s, one per Stripe object, keyed by
 * the object's type and id, so the events feed, the backfill and webhooks store the same snapshot
 * rows.
 *
 * <p>Versions ({@code modifiedAt}): an event's object is dated by the event's {@code created}; a
 * backfilled object by the time the backfill started reading (it is the object's state then).
 * Stripe customers carry no update time, so this is what makes the core ignore a late or replayed
 * older event (VENDOR-FACTS: deliveries are unordered and at least once).
 *
 * <p>An object event the translator handles always yields its object's record, even with no
 * canonical records (a refund that failed, a dispute won): the snapshot then drops what the object
 * was read as before. {@code customer.deleted} deletes the customer's snapshot. A Stripe customer
 * is read as its {@code AccountLink} plus what the mapping reads from it except {@code account}: a
 * billing customer is not a CRM account, and an account carrying the customer's domain would make
 * that domain ambiguous for the core's link resolver.
 */
final class StripeRecords {
  private static final Set<String> OBJECT_EVENTS =
      Set.of(
          "invoice.paid",
          "refund.created",
          "refund.updated",
          "charge.dispute.closed",
          "customer.subscription.deleted",
          "customer.created",
          "customer.updated");

  /** What one event or object became. */
  record Converted(List<PulledRecord> records, List<DeadLetter> rejected) {
    Converted {
      records = List.copyOf(records);
      rejected = List.copyOf(rejected);
    }
  }

  private final String connection;
  private final RecordMapper mapper;
  private final CustomerIdentity identity;
  private final StripeEventTranslator translator;
  private final CustomerAccountLinks links;
  private final Clock clock;

  StripeRecords(
      String connection,
      RecordMapper mapper,
      CustomerIdentity identity,
      StripeLookups lookups,
      CustomerAccountLinks links,
      Clock clock) {
    this.connection = connection;
    this.mapper = mapper;
    this.identity = identity;
    this.translator = new StripeEventTranslator(mapper, lookups, identity);
    this.links = links;
    this.clock = clock;
  }

  /** The same conversion answering the translator's questions through {@code lookups}. */
  StripeRecords withLookups(StripeLookups lookups) {
    return new StripeRecords(connection, mapper, identity, lookups, links, clock);
  }

  /**
   * An event of the feed, read with the object as the event carries it (the feed is in order).
   *
   * @throws dev.refsync.core.error.ConnectorApiException when a lookup the translation needs fails
   *     (nothing is converted; the caller reads the event again later)
   */
  void addEvent(Event event, List<PulledRecord> records, List<DeadLetter> rejected) {
    if (handles(event)) {
      add(event, VendorObject.ofEvent(event), records, rejected);
    }
  }

  /**
   * A webhook delivery: the object is read as it is now ({@code current}), not as the event carries
   * it, dated by the event's {@code created}. Deliveries come unordered and repeated, and the core
   * keeps no version for a record that became empty or deleted, so a late older payload would bring
   * back a failed refund or a deleted customer; the current object cannot.
   *
   * @throws dev.refsync.core.error.ConnectorApiException when Stripe fails the read or a lookup
   */
  Converted webhookEvent(Event event, CurrentObjects current) {
    List<PulledRecord> records = new ArrayList<>();
    List<DeadLetter> rejected = new ArrayList<>();
    if (handles(event)) {
      VendorObject carried = VendorObject.ofEvent(event);
      Optional<VendorObject> now =
          "charge.refunded".equals(event.getType())
              ? Optional.of(carried)
              : current.read(carried.objectType(), carried.id());
      if (now.isEmpty()) {
        records.add(
            PulledRecord.deleted(
                carried.objectType(), carried.id(), Instant.ofEpochSecond(event.getCreated())));
      } else {
        add(event, now.get(), records, rejected);
      }
    }
    return new Converted(records, rejected);
  }

  private static boolean handles(Event event) {
    String type = event.getType();
    return OBJECT_EVENTS.contains(type)
        || "charge.refunded".equals(type)
        || "customer.deleted".equals(type);
  }

  private void add(
      Event event, VendorObject object, List<PulledRecord> records, List<DeadLetter> rejected) {
    String type = event.getType();
    Instant at = Instant.ofEpochSecond(event.getCreated());
    if ("customer.deleted".equals(type) || object.json().path("deleted").asBoolean(false)) {
      records.add(PulledRecord.deleted(object.objectType(), object.id(), at));
      return;
    }
    Translation translation;
    try {
      // charge.refunded lists the charge's refunds through the lookups; every other handled event
      // is its object, translated as the backfill translates it.
      translation =
          "charge.refunded".equals(type)
              ? translator.translate(event)
              : translator.translate(object);
    } catch (MappingException e) {
      rejected.add(deadLetter(object, "event " + event.getId() + " (" + type + "): ", e));
      return;
    }
    if ("charge.refunded".equals(type)) {
      // The charge's refunds, each its own Stripe object (the same rows refund.* events write).
      for (MappedRecord refund : translation.records()) {
        records.add(PulledRecord.live("refund", idOf(refund), at, List.of(refund.record())));
      }
      return;
    }
    records.add(record(object, translation, at));
  }

  /** A backfilled object, dated by when the backfill started reading. */
  void addObject(
      VendorObject object, Instant readAt, List<PulledRecord> records, List<DeadLetter> rejected) {
    try {
      records.add(record(object, translator.translate(object), readAt));
    } catch (MappingException e) {
      rejected.add(deadLetter(object, "backfilled ", e));
    }
  }

  private PulledRecord record(VendorObject object, Translation translation, Instant at) {
    List<Object> canonical = new ArrayList<>();
    for (MappedRecord r : translation.records()) {
      if (r.kind() != RecordKind.ACCOUNT) {
        canonical.add(r.record());
      }
    }
    if ("customer".equals(object.objectType())) {
      canonical.add(links.of(object.json()));
    }
    return PulledRecord.live(object.objectType(), object.id(), at, canonical);
  }

  private static String idOf(MappedRecord refund) {
    return refund.as(Refund.class).id();
  }

  private DeadLetter deadLetter(VendorObject object, String what, MappingException e) {
    return new DeadLetter(
        connection,
        object.objectType(),
        object.id(),
        object.json().toString(),
        what + object.objectType() + " " + object.id() + ": " + e.getMessage(),
        clock.instant());
  }
}
