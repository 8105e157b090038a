package dev.refsync.hubspot.webhook;

import java.time.Instant;
import java.util.Locale;

/**
 * One event of a HubSpot webhooks v3 delivery (developers.hubspot.com, "Webhooks API": the body is
 * a JSON array of these). Refsync only needs {@link #changedObject()}: the pipeline re-reads the
 * object through the API, exactly as polling does, so a duplicate or out-of-order event costs one
 * extra read and changes nothing (DESIGN 2, 9).
 *
 * @param subscriptionType e.g. {@code deal.propertyChange}, {@code contact.creation}; custom
 *     objects use {@code object.*} together with {@code objectTypeId}
 * @param objectTypeId the custom object's type id (2-NNN); null for built-in types
 * @param propertyName null unless a property change
 * @param propertyValue null unless a property change
 * @param changeSource e.g. {@code CRM}, {@code API}, {@code INTEGRATION}; may be null
 */
public record HubSpotWebhookEvent(
    long eventId,
    long subscriptionId,
    long portalId,
    long appId,
    Instant occurredAt,
    String subscriptionType,
    int attemptNumber,
    long objectId,
    String objectTypeId,
    String propertyName,
    String propertyValue,
    String changeSource) {

  /** Which record changed: the only thing the pipeline takes from an event. */
  public ChangedObject changedObject() {
    return new ChangedObject(objectType(), Long.toString(objectId));
  }

  /**
   * The CRM v3 object type the event is about: {@code objectTypeId} for custom objects, otherwise
   * the plural of the subscription prefix ({@code deal.propertyChange} → {@code deals}), which is
   * what {@code /crm/v3/objects/{type}} takes.
   */
  public String objectType() {
    if (objectTypeId != null && !objectTypeId.isBlank()) {
      return objectTypeId;
    }
    int dot = subscriptionType.indexOf('.');
    String prefix = (dot < 0 ? subscriptionType : subscriptionType.substring(0, dot));
    return switch (prefix.toLowerCase(Locale.ROOT)) {
      case "contact" -> "contacts";
      case "company" -> "companies";
      case "deal" -> "deals";
      case "ticket" -> "tickets";
      case "product" -> "products";
      case "line_item" -> "line_items";
      default -> prefix;
    };
  }
}
