package dev.refsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.EmulatorRequest;
import dev.refsync.sandbox.core.EmulatorResponse;
import dev.refsync.sandbox.core.EmulatorServer;
import dev.refsync.sandbox.core.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CRM v3 objects (developers.hubspot.com, "CRM API → Objects"): single get/create/update/archive,
 * list with {@code limit} ≤ 100 and {@code after}, and the batch read/create/update/upsert/archive
 * endpoints with ≤ 100 inputs and {@code idProperty}.
 */
final class ObjectsApi {

  static final int BATCH_MAX = 100;
  private static final String BASE = "/crm/v3/objects/{objectType}";

  private final HubSpotStore store;
  private final HubSpotErrors errors;
  private final BatchInputFaults inputFaults;

  ObjectsApi(HubSpotStore store, HubSpotErrors errors, BatchInputFaults inputFaults) {
    this.store = store;
    this.errors = errors;
    this.inputFaults = inputFaults;
  }

  void register(EmulatorServer.Builder b) {
    b.route("GET", BASE, HubSpotEndpoints.OBJECT_LIST, this::list);
    b.route("POST", BASE, HubSpotEndpoints.OBJECT_CREATE, this::create);
    b.route("GET", BASE + "/{objectId}", HubSpotEndpoints.OBJECT_GET, this::get);
    b.route("PATCH", BASE + "/{objectId}", HubSpotEndpoints.OBJECT_UPDATE, this::update);
    b.route("DELETE", BASE + "/{objectId}", HubSpotEndpoints.OBJECT_ARCHIVE, this::archive);
    b.route("POST", BASE + "/batch/read", HubSpotEndpoints.BATCH_READ, this::batchRead);
    b.route("POST", BASE + "/batch/create", HubSpotEndpoints.BATCH_CREATE, this::batchCreate);
    b.route("POST", BASE + "/batch/update", HubSpotEndpoints.BATCH_UPDATE, this::batchUpdate);
    b.route("POST", BASE + "/batch/upsert", HubSpotEndpoints.BATCH_UPSERT, this::batchUpsert);
    b.route("POST", BASE + "/batch/archive", HubSpotEndpoints.BATCH_ARCHIVE, this::batchArchive);
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

  private EmulatorResponse batchRead(EmulatorRequest r) {
    ObjectTypeDef type = store.type(r.pathParam("objectType"));
    JsonNode body = r.json();
    String idProperty = body.path("idProperty").asText("hs_object_id");
    store.requireIdProperty(type.objectTypeId(), idProperty);
    boolean archived = r.queryParam("archived").map(Boolean::parseBoolean).orElse(false);
    List<String> props = textList(body.path("properties"));
    Instant started = store.now();
    ArrayNode results = Json.array();
    List<String> missing = new ArrayList<>();
    for (JsonNode input : HubSpotJson.inputs(body, BATCH_MAX, errors)) {
      String key = input.path("id").asText();
      Optional<CrmObject> o =
          "hs_object_id".equals(idProperty)
              ? HubSpotStore.parseId(key).flatMap(id -> store.get(type.objectTypeId(), id))
              : store.findUnique(type.objectTypeId(), idProperty, key);
      o.filter(x -> x.archived() == archived)
          .ifPresentOrElse(
              x -> results.add(HubSpotJson.object(x, type, props)), () -> missing.add(key));
    }
    ArrayNode errs = Json.array();
    if (!missing.isEmpty()) {
      ObjectNode e = errs.addObject();
      e.put("status", "error");
      e.put("category", HubSpotErrors.OBJECT_NOT_FOUND);
      e.put(
          "message",
          "Could not get some "
              + type.singular().toUpperCase(java.util.Locale.ROOT)
              + " objects, they may be deleted or not exist. Check that ids are valid.");
      ArrayNode ids = e.putObject("context").putArray("ids");
      missing.forEach(ids::add);
    }
    return HubSpotJson.batch(store, 200, results, errs, started);
  }

  private EmulatorResponse batchCreate(EmulatorRequest r) {
    ObjectTypeDef type = store.type(r.pathParam("objectType"));
    JsonNode body = r.json();
    Instant started = store.now();
    List<JsonNode> inputs = HubSpotJson.inputs(body, BATCH_MAX, errors);
    ArrayNode errs = Json.array();
    List<JsonNode> accepted = new ArrayList<>();
    List<Map<String, String>> props = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      if (injectedFailure(inputs.get(i), null, errs)) {
        continue;
      }
      accepted.add(inputs.get(i));
      props.add(properties(inputs.get(i), i));
    }
    List<CrmObject> created = store.createAll(type.objectTypeId(), props);
    ArrayNode results = Json.array();
    for (int i = 0; i < created.size(); i++) {
      associateOnCreate(type, created.get(i), accepted.get(i).path("associations"));
      results.add(HubSpotJson.object(created.get(i), type, List.of()));
    }
    return HubSpotJson.batch(store, 201, results, errs, started);
  }

  private EmulatorResponse batchUpdate(EmulatorRequest r) {
    ObjectTypeDef type = store.type(r.pathParam("objectType"));
    JsonNode body = r.json();
    Instant started = store.now();
    ArrayNode errs = Json.array();
    List<HubSpotStore.Write> writes = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<JsonNode> inputs = HubSpotJson.inputs(body, BATCH_MAX, errors);
    for (int i = 0; i < inputs.size(); i++) {
      JsonNode input = inputs.get(i);
      String key = input.path("id").asText();
      String idProperty = input.path("idProperty").asText("hs_object_id");
      store.requireIdProperty(type.objectTypeId(), idProperty);
      Optional<CrmObject> existing = existing(type, key, idProperty);
      if (existing.isEmpty()) {
        missing.add(key);
        continue;
      }
      if (injectedFailure(input, key, errs)) {
        continue;
      }
      writes.add(new HubSpotStore.Write(existing.get(), properties(input, i)));
    }
    if (!missing.isEmpty()) {
      ObjectNode e = errs.addObject();
      e.put("status", "error");
      e.put("category", HubSpotErrors.OBJECT_NOT_FOUND);
      e.put("message", "Could not update some objects, they may be deleted or not exist.");
      ArrayNode ids = e.putObject("context").putArray("ids");
      missing.forEach(ids::add);
    }
    ArrayNode results = Json.array();
    store
        .writeAll(type.objectTypeId(), writes)
        .forEach(o -> results.add(HubSpotJson.object(o, type, List.of())));
    return HubSpotJson.batch(store, 200, results, errs, started);
  }

  /**
   * Each input names its {@code idProperty} (a unique-value property) and its value in {@code id};
   * a match is updated, no match creates a record carrying that value. Results carry {@code new}.
   */
  private EmulatorResponse batchUpsert(EmulatorRequest r) {
    ObjectTypeDef type = store.type(r.pathParam("objectType"));
    JsonNode body = r.json();
    Instant started = store.now();
    ArrayNode errs = Json.array();
    List<HubSpotStore.Write> writes = new ArrayList<>();
    List<JsonNode> inputs = HubSpotJson.inputs(body, BATCH_MAX, errors);
    for (int i = 0; i < inputs.size(); i++) {
      JsonNode input = inputs.get(i);
      String idProperty = input.path("idProperty").asText("");
      if (idProperty.isEmpty()) {
        throw errors.badRequest("inputs[" + i + "].idProperty is required for upsert.");
      }
      store.requireIdProperty(type.objectTypeId(), idProperty);
      String key = input.path("id").asText("");
      if (key.isEmpty()) {
        throw errors.badRequest("inputs[" + i + "].id is required for upsert.");
      }
      if (injectedFailure(input, key, errs)) {
        continue;
      }
      Map<String, String> props = properties(input, i);
      Optional<CrmObject> existing = store.findUnique(type.objectTypeId(), idProperty, key);
      if (existing.isEmpty()) {
        if ("hs_object_id".equals(idProperty)) {
          throw errors.badRequest(
              "inputs[" + i + "]: cannot create a record by hs_object_id " + key);
        }
        props.put(idProperty, key);
      }
      writes.add(new HubSpotStore.Write(existing.orElse(null), props));
    }
    List<CrmObject> written = store.writeAll(type.objectTypeId(), writes);
    ArrayNode results = Json.array();
    for (int i = 0; i < written.size(); i++) {
      ObjectNode n = HubSpotJson.object(written.get(i), type, List.of());
      n.put("new", writes.get(i).existing() == null);
      results.add(n);
    }
    return HubSpotJson.batch(store, 200, results, errs, started);
  }

  private EmulatorResponse batchArchive(EmulatorRequest r) {
    ObjectTypeDef type = store.type(r.pathParam("objectType"));
    for (JsonNode input : HubSpotJson.inputs(r.json(), BATCH_MAX, errors)) {
      HubSpotStore.parseId(input.path("id").asText())
          .ifPresent(id -> store.archive(type.objectTypeId(), id));
    }
    return EmulatorResponse.empty(204);
  }

  // ---- helpers -------------------------------------------------------------------------------

  private Optional<CrmObject> existing(ObjectTypeDef type, String key, String idProperty) {
    store.requireIdProperty(type.objectTypeId(), idProperty);
    return store.findUnique(type.objectTypeId(), idProperty, key);
  }

  private boolean injectedFailure(JsonNode input, String id, ArrayNode errs) {
    String category = inputFaults.take();
    if (category == null) {
      return false;
    }
    ObjectNode e = errs.addObject();
    e.put("status", "error");
    e.put("category", category);
    e.put("message", "Injected failure for this input.");
    ObjectNode context = e.putObject("context");
    if (id != null) {
      context.putArray("ids").add(id);
    }
    if (input.hasNonNull("objectWriteTraceId")) {
      context.putArray("objectWriteTraceId").add(input.get("objectWriteTraceId").asText());
    }
    return true;
  }

  /** Creates associations given inline on create: [{to:{id}, types:[...]}]. */
  private void associateOnCreate(ObjectTypeDef type, CrmObject o, JsonNode associations) {
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

  private Map<String, String> properties(JsonNode input, int index) {
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
