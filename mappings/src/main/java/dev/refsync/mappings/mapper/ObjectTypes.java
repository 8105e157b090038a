package dev.refsync.mappings.mapper;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.mappings.spec.SystemName;
import java.util.Optional;

/**
 * The object type a vendor record declares about itself: Salesforce REST records carry {@code
 * attributes.type}, Stripe objects carry {@code object}; HubSpot CRM v3 objects carry none (the
 * caller knows which endpoint it read).
 */
public final class ObjectTypes {
  private ObjectTypes() {}

  public static Optional<String> declared(SystemName system, JsonNode record) {
    JsonNode type =
        switch (system) {
          case SALESFORCE -> PathReader.read(record, "attributes.type");
          case STRIPE -> PathReader.read(record, "object");
          case HUBSPOT -> com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        };
    return type.isMissingNode() ? Optional.empty() : Optional.of(type.asText());
  }
}
