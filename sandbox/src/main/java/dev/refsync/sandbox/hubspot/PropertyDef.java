package dev.refsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.Json;
import java.time.Instant;

/**
 * A CRM property as {@code /crm/v3/properties} describes it.
 *
 * @param type {@code string}, {@code number}, {@code date}, {@code datetime}, {@code enumeration},
 *     {@code bool}
 * @param options the enumeration options array as sent (empty array for other types)
 */
record PropertyDef(
    String name,
    String label,
    String type,
    String fieldType,
    String groupName,
    String description,
    boolean hasUniqueValue,
    boolean readOnlyValue,
    JsonNode options,
    Instant createdAt) {

  boolean isTemporal() {
    return "datetime".equals(type) || "date".equals(type);
  }

  boolean isNumeric() {
    return "number".equals(type);
  }

  ObjectNode toJson() {
    ObjectNode n = Json.object();
    n.put("name", name);
    n.put("label", label);
    n.put("type", type);
    n.put("fieldType", fieldType);
    n.put("description", description);
    n.put("groupName", groupName);
    n.set("options", options);
    n.put("displayOrder", -1);
    n.put("calculated", false);
    n.put("externalOptions", false);
    n.put("hasUniqueValue", hasUniqueValue);
    n.put("hidden", false);
    n.put("formField", false);
    n.put("archived", false);
    n.put("createdAt", HubSpotTimes.format(createdAt));
    n.put("updatedAt", HubSpotTimes.format(createdAt));
    ObjectNode meta = n.putObject("modificationMetadata");
    meta.put("archivable", !readOnlyValue);
    meta.put("readOnlyDefinition", readOnlyValue);
    meta.put("readOnlyValue", readOnlyValue);
    return n;
  }
}
