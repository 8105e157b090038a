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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * CRM v3 batch endpoints (developers.hubspot.com, "CRM API → Objects → batch"): read by id or
 * {@code idProperty}, create, update, upsert by a unique {@code idProperty}, archive; ≤ 100 inputs.
 * Per-input failures answer 207 Multi-Status with {@code results} and {@code errors}.
 */
final class BatchObjectsApi {

  private static final String BASE = "/crm/v3/objects/{objectType}/batch";

  private final HubSpotStore store;
  private final HubSpotErrors errors;
  private final ObjectsApi objects;
  private final BatchInputFaults inputFaults;

  BatchObjectsApi(
      HubSpotStore store, HubSpotErrors errors, ObjectsApi objects, BatchInputFaults inputFaults) {
    this.store = store;
    this.errors = errors;
    this.objects = objects;
    this.inputFaults = inputFaults;
  }

  void register(EmulatorServer.Builder b) {
    b.route("POST", BASE + "/read", HubSpotEndpoints.BATCH_READ, this::batchRead);
    b.route("POST", BASE + "/create", HubSpotEndpoints.BATCH_CREATE, this::batchCreate);
    b.route("POST", BASE + "/update", HubSpotEndpoints.BATCH_UPDATE, this::batchUpdate);
    b.route("POST", BASE + "/upsert", HubSpotEndpoints.BATCH_UPSERT, this::batchUpsert);
    b.route("POST", BASE + "/archive", HubSpotEndpoints.BATCH_ARCHIVE, this::batchArchive);
  }

  private EmulatorResponse batchRead(EmulatorRequest r) {
    ObjectTypeDef type = store.type(r.pathParam("objectType"));
    JsonNode body = r.json();
    String idProperty = body.path("idProperty").asText("hs_object_id");
    store.requireIdProperty(type.objectTypeId(), idProperty);
    boolean archived = r.queryParam("archived").map(Boolean::parseBoolean).orElse(false);
    List<String> props = ObjectsApi.textList(body.path("properties"));
    Instant started = store.now();
    ArrayNode results = Json.array();
    List<String> missing = new ArrayList<>();
    for (JsonNode input : HubSpotJson.inputs(body, ObjectsApi.BATCH_MAX, errors)) {
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
              + type.singular().toUpperCase(Locale.ROOT)
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
    List<JsonNode> inputs = HubSpotJson.inputs(body, ObjectsApi.BATCH_MAX, errors);
    ArrayNode errs = Json.array();
    List<JsonNode> accepted = new ArrayList<>();
    List<Map<String, String>> props = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      if (injectedFailure(inputs.get(i), null, errs)) {
        continue;
      }
      accepted.add(inputs.get(i));
      props.add(objects.properties(inputs.get(i), i));
    }
    List<CrmObject> created = store.createAll(type.objectTypeId(), props);
    ArrayNode results = Json.array();
    for (int i = 0; i < created.size(); i++) {
      objects.associateOnCreate(type, created.get(i), accepted.get(i).path("associations"));
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
    List<JsonNode> inputs = HubSpotJson.inputs(body, ObjectsApi.BATCH_MAX, errors);
    for (int i = 0; i < inputs.size(); i++) {
      JsonNode input = inputs.get(i);
      String key = input.path("id").asText();
      String idProperty = input.path("idProperty").asText("hs_object_id");
      store.requireIdProperty(type.objectTypeId(), idProperty);
      Optional<CrmObject> existing = objects.existing(type, key, idProperty);
      if (existing.isEmpty()) {
        missing.add(key);
        continue;
      }
      if (injectedFailure(input, key, errs)) {
        continue;
      }
      writes.add(new HubSpotStore.Write(existing.get(), objects.properties(input, i)));
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
    List<JsonNode> inputs = HubSpotJson.inputs(body, ObjectsApi.BATCH_MAX, errors);
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
      Map<String, String> props = objects.properties(input, i);
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
    for (JsonNode input : HubSpotJson.inputs(r.json(), ObjectsApi.BATCH_MAX, errors)) {
      HubSpotStore.parseId(input.path("id").asText())
          .ifPresent(id -> store.archive(type.objectTypeId(), id));
    }
    return EmulatorResponse.empty(204);
  }

  // ---- helpers -------------------------------------------------------------------------------

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
}
