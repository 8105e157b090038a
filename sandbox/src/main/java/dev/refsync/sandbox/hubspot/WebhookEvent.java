package dev.refsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.Json;

/**
 * One event of a HubSpot webhooks v3 delivery (developers.hubspot.com, "Webhooks API": the body is
 * a JSON array of these).
 *
 * @param subscriptionType e.g. {@code contact.creation}, {@code deal.propertyChange}, {@code
 *     company.deletion}; custom objects use {@code object.*} with {@code objectTypeId}
 * @param occurredAt epoch milliseconds
 * @param propertyName null unless a propertyChange
 * @param objectTypeId null for the built-in types
 */
public record WebhookEvent(
    long eventId,
    long subscriptionId,
    long portalId,
    long appId,
    long occurredAt,
    String subscriptionType,
    int attemptNumber,
    long objectId,
    String propertyName,
    String propertyValue,
    String changeSource,
    String objectTypeId) {

  ObjectNode toJson() {
    ObjectNode n = Json.object();
    n.put("eventId", eventId);
    n.put("subscriptionId", subscriptionId);
    n.put("portalId", portalId);
    n.put("appId", appId);
    n.put("occurredAt", occurredAt);
    n.put("subscriptionType", subscriptionType);
    n.put("attemptNumber", attemptNumber);
    n.put("objectId", objectId);
    if (objectTypeId != null) {
      n.put("objectTypeId", objectTypeId);
    }
    if (propertyName != null) {
      n.put("propertyName", propertyName);
      n.put("propertyValue", propertyValue);
    }
    n.put("changeSource", changeSource);
    return n;
  }
}
