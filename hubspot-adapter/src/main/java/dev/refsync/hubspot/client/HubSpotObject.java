package dev.refsync.hubspot.client;

import java.time.Instant;
import java.util.Map;

/** A CRM object as HubSpot returns it: string property values plus the top-level timestamps. */
public record HubSpotObject(
    String id,
    Map<String, String> properties,
    Instant createdAt,
    Instant updatedAt,
    boolean archived) {
  public HubSpotObject {
    properties = properties == null ? Map.of() : java.util.Collections.unmodifiableMap(properties);
  }
}
