package dev.refsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.EmulatorRequest;
import dev.refsync.sandbox.core.EmulatorResponse;
import dev.refsync.sandbox.core.EmulatorServer;
import dev.refsync.sandbox.core.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /crm/v3/properties/{objectType}} and its {@code /groups} (developers.hubspot.com, "CRM API
 * → Properties"): list, read one, create (201; 409 when the name exists).
 */
final class PropertiesApi {

  static final List<String> TYPES =
      List.of("string", "number", "date", "datetime", "enumeration", "bool");

  private final HubSpotStore store;
  private final HubSpotErrors errors;

  PropertiesApi(HubSpotStore store, HubSpotErrors errors) {
    this.store = store;
    this.errors = errors;
  }

  void register(EmulatorServer.Builder b) {
    String base = "/crm/v3/properties/{objectType}";
    b.route("GET", base, HubSpotEndpoints.PROPERTIES_LIST, this::list);
    b.route("POST", base, HubSpotEndpoints.PROPERTIES_CREATE, this::create);
    b.route("GET", base + "/groups", HubSpotEndpoints.GROUPS_LIST, this::listGroups);
    b.route("POST", base + "/groups", HubSpotEndpoints.GROUPS_CREATE, this::createGroup);
    b.route("GET", base + "/{propertyName}", HubSpotEndpoints.PROPERTIES_GET, this::get);
  }

  private EmulatorResponse list(EmulatorRequest r) {
    ObjectTypeDef type = store.type(r.pathParam("objectType"));
    ObjectNode body = Json.object();
    ArrayNode results = body.putArray("results");
    store.properties(type.objectTypeId()).forEach(p -> results.add(p.toJson()));
    return EmulatorResponse.json(200, body);
  }

  private EmulatorResponse get(EmulatorRequest r) {
    ObjectTypeDef type = store.type(r.pathParam("objectType"));
    PropertyDef def =
        store
            .property(type.objectTypeId(), r.pathParam("propertyName"))
            .orElseThrow(
                () -> errors.notFound("Unable to find property " + r.pathParam("propertyName")));
    return EmulatorResponse.json(200, def.toJson());
  }

  private EmulatorResponse create(EmulatorRequest r) {
    ObjectTypeDef type = store.type(r.pathParam("objectType"));
    PropertyDef def = parse(r.json(), "", true, errors, store.now());
    return EmulatorResponse.json(201, store.addProperty(type.objectTypeId(), def).toJson());
  }

  private EmulatorResponse listGroups(EmulatorRequest r) {
    ObjectTypeDef type = store.type(r.pathParam("objectType"));
    ObjectNode body = Json.object();
    ArrayNode results = body.putArray("results");
    store.groups(type.objectTypeId()).forEach(results::add);
    return EmulatorResponse.json(200, body);
  }

  private EmulatorResponse createGroup(EmulatorRequest r) {
    ObjectTypeDef type = store.type(r.pathParam("objectType"));
    JsonNode body = r.json();
    List<String> problems = new ArrayList<>();
    require(body, "name", "", problems);
    require(body, "label", "", problems);
    if (!problems.isEmpty()) {
      throw errors.badRequest(String.join("; ", problems));
    }
    ObjectNode g =
        store.addGroup(
            type.objectTypeId(),
            body.get("name").asText(),
            body.get("label").asText(),
            body.path("displayOrder").asInt(-1));
    return EmulatorResponse.json(201, g);
  }

  /**
   * Reads a property definition, reporting every missing or invalid field at once. {@code path}
   * prefixes field names in messages (e.g. {@code properties[2].}) for schema creation.
   */
  static PropertyDef parse(
      JsonNode n, String path, boolean requireGroup, HubSpotErrors errors, java.time.Instant now) {
    List<String> problems = new ArrayList<>();
    for (String field : List.of("name", "label", "type", "fieldType")) {
      require(n, field, path, problems);
    }
    if (requireGroup) {
      require(n, "groupName", path, problems);
    }
    String type = n.path("type").asText("");
    if (!type.isEmpty() && !TYPES.contains(type)) {
      problems.add(path + "type '" + type + "' is not one of " + TYPES);
    }
    if (!problems.isEmpty()) {
      throw errors.badRequest(String.join("; ", problems));
    }
    return new PropertyDef(
        n.get("name").asText(),
        n.get("label").asText(),
        type,
        n.get("fieldType").asText(),
        n.path("groupName").asText(""),
        n.path("description").asText(""),
        n.path("hasUniqueValue").asBoolean(false),
        false,
        n.path("options").isArray() ? n.get("options").deepCopy() : Json.array(),
        now);
  }

  private static void require(JsonNode n, String field, String path, List<String> problems) {
    if (n.path(field).asText("").isBlank()) {
      problems.add(path + field + " is required");
    }
  }
}
