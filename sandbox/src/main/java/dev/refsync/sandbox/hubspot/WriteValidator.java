package dev.refsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.ErrorResponseException;
import dev.refsync.sandbox.core.Json;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HubSpot's write validation, applied to a whole batch before anything is stored (batches are
 * all-or-nothing for invalid values). The 400 message embeds the JSON list of invalid values the
 * way HubSpot's "Property values were not valid" error does.
 */
final class WriteValidator {

  /** HubSpot refuses writes to these; it maintains them itself. */
  private static final List<String> SYSTEM_PROPERTIES =
      List.of("hs_object_id", "hs_lastmodifieddate", "lastmodifieddate");

  /** The live record holding a unique property value. */
  @FunctionalInterface
  interface UniqueLookup {
    Optional<CrmObject> find(String property, String value);
  }

  private final HubSpotErrors errors;

  WriteValidator(HubSpotErrors errors) {
    this.errors = errors;
  }

  /**
   * Checks names, read-only properties, value types, enumeration options and unique values, within
   * the batch and against stored records. One 400 lists every invalid value; a unique-value clash
   * is a 409 like HubSpot's "already exists. Existing ID".
   */
  void validate(
      ObjectTypeDef type,
      Map<String, PropertyDef> defs,
      List<Map<String, String>> inputs,
      List<CrmObject> targets,
      UniqueLookup unique) {
    ArrayNode problems = Json.array();
    Map<String, Map<String, Long>> seenUnique = new HashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      CrmObject target = targets.isEmpty() ? null : targets.get(i);
      if (target == null) {
        for (String required : type.requiredProperties()) {
          if (inputs.get(i).getOrDefault(required, "").isEmpty()) {
            problems.add(
                problem(
                    "Required property \"" + required + "\" is missing",
                    "REQUIRED_PROPERTY",
                    required));
          }
        }
      }
      for (Map.Entry<String, String> e : inputs.get(i).entrySet()) {
        String name = e.getKey();
        String value = e.getValue() == null ? "" : e.getValue();
        PropertyDef def = defs.get(name);
        if (def == null) {
          problems.add(
              problem("Property \"" + name + "\" does not exist", "PROPERTY_DOESNT_EXIST", name));
          continue;
        }
        if (SYSTEM_PROPERTIES.contains(name)) {
          problems.add(
              problem(
                  "\"" + name + "\" is a read only property; its value cannot be set.",
                  "READ_ONLY_VALUE",
                  name));
          continue;
        }
        if (value.isEmpty()) {
          continue;
        }
        valueProblem(def, value).ifPresent(problems::add);
        if (def.hasUniqueValue()) {
          // Creates get a distinct negative id so two new inputs sharing a value clash.
          long selfId = target == null ? -(i + 1L) : target.id();
          Long clash = seenUnique.computeIfAbsent(name, k -> new HashMap<>()).put(value, selfId);
          Optional<CrmObject> stored = unique.find(name, value);
          if (stored.isPresent() && stored.get().id() != selfId) {
            throw conflict(type, stored.get().id());
          }
          if (clash != null && clash != selfId) {
            throw errors.badRequest(
                "Duplicate value \""
                    + value
                    + "\" for unique property \""
                    + name
                    + "\" within one batch.");
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ErrorResponseException(
          errors.response(
              400,
              HubSpotErrors.VALIDATION_ERROR,
              "Property values were not valid: " + Json.text(problems)));
    }
  }

  private ErrorResponseException conflict(ObjectTypeDef type, long existingId) {
    String singular = type.singular();
    String label = Character.toUpperCase(singular.charAt(0)) + singular.substring(1);
    return new ErrorResponseException(
        errors.response(
            409, HubSpotErrors.CONFLICT, label + " already exists. Existing ID: " + existingId));
  }

  private static Optional<ObjectNode> valueProblem(PropertyDef def, String value) {
    if (def.isNumeric()) {
      try {
        new BigDecimal(value);
      } catch (NumberFormatException e) {
        return Optional.of(
            problem(value + " was not a valid number.", "INVALID_INTEGER", def.name()));
      }
    }
    if (def.isTemporal() && HubSpotTimes.parse(value).isEmpty()) {
      return Optional.of(problem(value + " was not a valid date.", "INVALID_DATE", def.name()));
    }
    if ("enumeration".equals(def.type()) && def.options().size() > 0) {
      for (String part : value.split(";")) {
        boolean known = false;
        for (JsonNode opt : def.options()) {
          known |= part.equals(opt.path("value").asText());
        }
        if (!known) {
          return Optional.of(
              problem(part + " was not one of the allowed options", "INVALID_OPTION", def.name()));
        }
      }
    }
    return Optional.empty();
  }

  private static ObjectNode problem(String message, String error, String name) {
    ObjectNode p = Json.object();
    p.put("isValid", false);
    p.put("message", message);
    p.put("error", error);
    p.put("name", name);
    return p;
  }
}
