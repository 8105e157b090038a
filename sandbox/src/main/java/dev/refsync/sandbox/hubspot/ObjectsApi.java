package dev.refsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.EmulatorRequest;
import dev.refsync.sandbox.core.EmulatorResponse;
import dev.refsync.sandbox.core.EmulatorServer;
import dev.refsync.sandbox.core.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CRM v3 objects (developers.hubspot.com, "CRM API → Objects"): single get/create/update/archive
 * and list with {@code limit} ≤ 100 and {@code after}. The batch endpoints are in {@link
 * BatchObjectsApi}, which shares this class's input helpers.
 */
final class ObjectsApi {

  static final int BATCH_MAX = 100;
  private static final String BASE = "/crm/v3/objects/{objectType}";

  private final HubSpotStore store;
  private final HubSpotErrors errors;

  ObjectsApi(HubSpotStore store, HubSpotErrors errors) {
    this.store = store;
    this.errors = errors;
  }

  void register(EmulatorServer.Builder b) {
    b.route("GET", BASE, HubSpotEndpoints.OBJECT_LIST, this::list);
    b.route("POST", BASE, HubSpotEndpoints.OBJECT_CREATE, this::create);
    b.route("GET", BASE + "/{objectId}", HubSpotEndpoints.OBJECT_GET, this::get);
    b.route("PATCH", BASE + "/{objectId}", HubSpotEndpoints.OBJECT_UPDATE, this::update);
    b.route("DELETE", BASE + "/{objectId}", HubSpotEndpoints.OBJECT_ARCHIVE, this::archive);
  }

  private EmulatorResponse get(EmulatorRequest r) {
    ObjectTypeDef type = store.type(r.pathParam("objectType"));
    String idProperty = r.queryParam("idProperty").orElse("hs_object_id");
    store.requireIdProperty(type.objectTypeId(), idProperty);
    boolean archived = r.queryParam("archived").map(Boolean::parseBoolean).orElse(false);
    String key = r.pathParam("objectId");
    Optional<CrmObject> found =
        "hs_object_id".equals(idProperty)
            ? HubSpotStore.parseId(key).flatMap(id -> store.get(type.objectTypeId(), id))
            : store.findUnique(type.objectTypeId(), idProperty, key);
    CrmObject o =
        found
            .filter(x -> x.archived() == archived)
            .orElseThrow(() -> errors.notFound("resource not found"));
    return EmulatorResponse.json(200, HubSpotJson.object(o, type, r.queryList("properties")));
  }

  private EmulatorResponse list(EmulatorRequest r) {
    ObjectTypeDef type = store.type(r.pathParam("objectType"));
    int limit = intParam(r.queryParam("limit"), 10, "limit");
    if (limit < 1 || limit > BATCH_MAX) {
      throw errors.badRequest("limit must be between 1 and " + BATCH_MAX + ", was " + limit);
    }
    long after =
        r.queryParam("after")
            .map(
                a ->
                    HubSpotStore.parseId(a)
                            .orElseThrow(() -> errors.badRequest("Invalid after: " + a))
                        - 1)
            .orElse(0L);
    boolean archived = r.queryParam("archived").map(Boolean::parseBoolean).orElse(false);
    // One extra tells whether a next page exists; HubSpot's `after` is the next record's id.
    List<CrmObject> page = store.page(type.objectTypeId(), archived, after, limit + 1);
    ObjectNode body = Json.object();
    ArrayNode results = body.putArray("results");
    List<String> props = r.queryList("properties");
    page.stream().limit(limit).forEach(o -> results.add(HubSpotJson.object(o, type, props)));
    if (page.size() > limit) {
      String next = Long.toString(page.get(limit).id());
      ObjectNode n = body.putObject("paging").putObject("next");
      n.put("after", next);
      n.put("link", r.uri().getPath() + "?after=" + next + "&limit=" + limit);
    }
    return EmulatorResponse.json(200, body);
  }

  private EmulatorResponse create(EmulatorRequest r) {
    ObjectTypeDef type = store.type(r.pathParam("objectType"));
    JsonNode body = r.json();
    CrmObject o = store.createAll(type.objectTypeId(), List.of(properties(body, 0))).get(0);
    associateOnCreate(type, o, body.path("associations"));
    return EmulatorResponse.json(201, HubSpotJson.object(o, type, List.of()));
  }

  private EmulatorResponse update(EmulatorRequest r) {
    ObjectTypeDef type = store.type(r.pathParam("objectType"));
    CrmObject existing =
        existing(type, r.pathParam("objectId"), r.queryParam("idProperty").orElse("hs_object_id"))
            .orElseThrow(() -> errors.notFound("resource not found"));
    CrmObject o =
        store
            .writeAll(
                type.objectTypeId(),
                List.of(new HubSpotStore.Write(existing, properties(r.json(), 0))))
            .get(0);
    return EmulatorResponse.json(200, HubSpotJson.object(o, type, List.of()));
  }

  private EmulatorResponse archive(EmulatorRequest r) {
    ObjectTypeDef type = store.type(r.pathParam("objectType"));
    HubSpotStore.parseId(r.pathParam("objectId"))
        .ifPresent(id -> store.archive(type.objectTypeId(), id));
    return EmulatorResponse.empty(204);
  }

  Optional<CrmObject> existing(ObjectTypeDef type, String key, String idProperty) {
    store.requireIdProperty(type.objectTypeId(), idProperty);
    return store.findUnique(type.objectTypeId(), idProperty, key);
  }

  void associateOnCreate(ObjectTypeDef type, CrmObject o, JsonNode associations) {
    for (JsonNode a : associations) {
      long toId =
          HubSpotStore.parseId(a.path("to").path("id").asText())
              .orElseThrow(() -> errors.badRequest("associations[].to.id must be a record id"));
      for (JsonNode t : a.path("types")) {
        AssociationLabel label =
            store
                .associations()
                .label(t.path("associationCategory").asText(), t.path("associationTypeId").asInt())
                .filter(l -> l.fromTypeId().equals(type.objectTypeId()))
                .orElseThrow(() -> errors.badRequest("Unknown association type " + t));
        store.associations().associate(label, o.id(), toId);
      }
    }
  }

  Map<String, String> properties(JsonNode input, int index) {
    JsonNode props = input.path("properties");
    if (!props.isObject()) {
      throw errors.badRequest("inputs[" + index + "].properties must be an object.");
    }
    Map<String, String> out = new LinkedHashMap<>();
    props
        .properties()
        .forEach(e -> out.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
    return out;
  }

  static List<String> textList(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private int intParam(Optional<String> value, int dflt, String name) {
    try {
      return value.map(Integer::parseInt).orElse(dflt);
    } catch (NumberFormatException e) {
      throw errors.badRequest(name + " must be an integer, was " + value.get());
    }
  }
}
