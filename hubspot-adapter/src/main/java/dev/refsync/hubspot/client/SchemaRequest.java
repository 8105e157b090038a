package dev.refsync.hubspot.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Body of {@code POST /crm/v3/schemas} (custom objects, Enterprise only — VENDOR-FACTS). {@code
 * associatedObjects}: CONTACT, COMPANY, DEAL or an object type id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SchemaRequest(
    String name,
    Labels labels,
    List<PropertyDefinition> properties,
    List<String> requiredProperties,
    List<String> searchableProperties,
    String primaryDisplayProperty,
    List<String> associatedObjects) {

  public record Labels(String singular, String plural) {}
}
