package dev.refsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.EmulatorRequest;
import dev.refsync.sandbox.core.EmulatorResponse;
import dev.refsync.sandbox.core.EmulatorServer;
import dev.refsync.sandbox.core.ErrorResponseException;
import dev.refsync.sandbox.core.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /crm/v3/schemas} (developers.hubspot.com, "CRM API → Custom objects"): creating a schema
 * defines a custom object type {@code 2-NNN} with its properties, {@code requiredProperties},
 * {@code primaryDisplayProperty} and associations to {@code associatedObjects}; records then live
 * under {@code /crm/v3/objects/{name or 2-NNN}}.
 */
final class SchemasApi {

  private final HubSpotStore store;
  private final HubSpotErrors errors;

  SchemasApi(HubSpotStore store, HubSpotErrors errors) {
    this.store = store;
    this.errors = errors;
  }

  void register(EmulatorServer.Builder b) {
    b.route("GET", "/crm/v3/schemas", HubSpotEndpoints.SCHEMAS_LIST, this::list);
    b.route("POST", "/crm/v3/schemas", HubSpotEndpoints.SCHEMAS_CREATE, this::create);
    b.route("GET", "/crm/v3/schemas/{objectType}", HubSpotEndpoints.SCHEMAS_GET, this::get);
  }

  private EmulatorResponse list(EmulatorRequest r) {
    ObjectNode body = Json.object();
    ArrayNode results = body.putArray("results");
    store.schemas().forEach(results::add);
    return EmulatorResponse.json(200, body);
  }

  private EmulatorResponse get(EmulatorRequest r) {
    ObjectTypeDef type = store.type(r.pathParam("objectType"));
    return EmulatorResponse.json(
        200,
        store
            .schema(type.objectTypeId())
            .orElseThrow(
                () -> errors.notFound("Unable to find schema for " + r.pathParam("objectType"))));
  }

  private EmulatorResponse create(EmulatorRequest r) {
    return EmulatorResponse.json(201, create(r.json()));
  }

  /** Validates every field first (all problems in one 400), then defines the type. */
  ObjectNode create(JsonNode body) {
    List<String> problems = new ArrayList<>();
    String name = body.path("name").asText("");
    if (!name.matches("[a-z][a-z0-9_]*")) {
      problems.add(
          "name is required and must be lower-case letters, digits and underscores, was '"
              + name
              + "'");
    }
    if (body.path("labels").path("singular").asText("").isBlank()
        || body.path("labels").path("plural").asText("").isBlank()) {
      problems.add("labels.singular and labels.plural are required");
    }
    List<PropertyDef> props = new ArrayList<>();
    JsonNode propsNode = body.path("properties");
    if (!propsNode.isArray() || propsNode.isEmpty()) {
      problems.add("properties must list at least one property");
    }
    for (int i = 0; i < propsNode.size(); i++) {
      try {
        props.add(
            PropertiesApi.parse(
                propsNode.get(i), "properties[" + i + "].", false, errors, store.now()));
      } catch (ErrorResponseException e) {
        problems.add(Json.parse(e.response().body()).path("message").asText());
      }
    }
    List<String> names = props.stream().map(PropertyDef::name).toList();
    List<String> required = ObjectsApi.textList(body.path("requiredProperties"));
    required.stream()
        .filter(p -> !names.contains(p))
        .forEach(
            p -> problems.add("requiredProperties names '" + p + "', which is not in properties"));
    String primary = body.path("primaryDisplayProperty").asText("");
    if (!primary.isEmpty() && !names.contains(primary)) {
      problems.add("primaryDisplayProperty '" + primary + "' is not in properties");
    }
    List<ObjectTypeDef> associated = new ArrayList<>();
    for (JsonNode a : body.path("associatedObjects")) {
      try {
        associated.add(store.type(associatedRef(a.asText())));
      } catch (ErrorResponseException e) {
        problems.add("associatedObjects: unknown object type '" + a.asText() + "'");
      }
    }
    if (!problems.isEmpty()) {
      throw errors.badRequest(String.join("; ", problems));
    }
    if (store.schemaNameTaken(name)) {
      throw new ErrorResponseException(
          errors.response(
              409, HubSpotErrors.CONFLICT, "Object type with name '" + name + "' already exists."));
    }
    return define(body, name, props, required, primary, associated);
  }

  private ObjectNode define(
      JsonNode body,
      String name,
      List<PropertyDef> props,
      List<String> required,
      String primary,
      List<ObjectTypeDef> associated) {
    String typeId = store.newCustomTypeId();
    String fqn = "p" + store.portalId() + "_" + name;
    List<String> defaults =
        new ArrayList<>(List.of("createdate", "hs_lastmodifieddate", "hs_object_id"));
    if (!primary.isEmpty()) {
      defaults.add(primary);
    }
    store.addType(
        new ObjectTypeDef(
            typeId,
            name,
            name,
            fqn,
            List.copyOf(defaults),
            "hs_lastmodifieddate",
            List.copyOf(required)));
    String group = name + "_information";
    store.addGroup(
        typeId, group, body.path("labels").path("singular").asText() + " information", 0);
    BuiltInTypes.systemProperties(store, typeId, group);
    for (PropertyDef p : props) {
      store.addProperty(
          typeId,
          new PropertyDef(
              p.name(),
              p.label(),
              p.type(),
              p.fieldType(),
              p.groupName().isEmpty() ? group : p.groupName(),
              p.description(),
              p.hasUniqueValue(),
              false,
              p.options(),
              p.createdAt()));
    }
    String now = HubSpotTimes.format(store.now());
    ObjectNode schema = Json.object();
    schema.put("id", typeId.substring(2));
    schema.put("name", name);
    schema.set("labels", body.path("labels").deepCopy());
    schema.set(
        "requiredProperties",
        Json.array().addAll(required.stream().map(Json.array()::textNode).toList()));
    schema.set(
        "searchableProperties",
        body.path("searchableProperties").isArray()
            ? body.get("searchableProperties").deepCopy()
            : Json.array());
    schema.put("primaryDisplayProperty", primary.isEmpty() ? null : primary);
    schema.set(
        "secondaryDisplayProperties",
        body.path("secondaryDisplayProperties").isArray()
            ? body.get("secondaryDisplayProperties").deepCopy()
            : Json.array());
    schema.put("archived", false);
    schema.put("restorable", true);
    schema.put("metaType", "PORTAL_SPECIFIC");
    schema.put("fullyQualifiedName", fqn);
    schema.put("objectTypeId", typeId);
    schema.put("createdAt", now);
    schema.put("updatedAt", now);
    ArrayNode propsOut = schema.putArray("properties");
    store.properties(typeId).forEach(p -> propsOut.add(p.toJson()));
    ArrayNode assocOut = schema.putArray("associations");
    for (ObjectTypeDef other : associated) {
      AssociationLabel l = store.associations().defineUserLabel(typeId, other.objectTypeId(), null);
      ObjectNode a = assocOut.addObject();
      a.put("fromObjectTypeId", typeId);
      a.put("toObjectTypeId", other.objectTypeId());
      a.put("name", name + "_to_" + other.singular());
      a.put("id", Integer.toString(l.typeId()));
    }
    store.addSchema(typeId, schema);
    return schema;
  }

  /** associatedObjects accepts CONTACT/COMPANY/DEAL or an objectTypeId. */
  private static String associatedRef(String value) {
    return switch (value.toUpperCase(Locale.ROOT)) {
      case "CONTACT" -> ObjectTypeDef.CONTACTS;
      case "COMPANY" -> ObjectTypeDef.COMPANIES;
      case "DEAL" -> ObjectTypeDef.DEALS;
      default -> value;
    };
  }
}
