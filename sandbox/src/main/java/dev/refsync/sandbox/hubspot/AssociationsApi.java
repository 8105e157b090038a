package dev.refsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.EmulatorRequest;
import dev.refsync.sandbox.core.EmulatorResponse;
import dev.refsync.sandbox.core.EmulatorServer;
import dev.refsync.sandbox.core.ErrorResponseException;
import dev.refsync.sandbox.core.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Associations v4 (developers.hubspot.com, "CRM API → Associations v4"): batch create (≤ 2,000
 * inputs) with {@code types} [{associationCategory, associationTypeId}], batch read (≤ 1,000),
 * batch archive, and association labels.
 */
final class AssociationsApi {

  static final int CREATE_MAX = 2_000;
  static final int READ_MAX = 1_000;
  private static final String BASE = "/crm/v4/associations/{fromObjectType}/{toObjectType}";

  private final HubSpotStore store;
  private final HubSpotErrors errors;

  AssociationsApi(HubSpotStore store, HubSpotErrors errors) {
    this.store = store;
    this.errors = errors;
  }

  void register(EmulatorServer.Builder b) {
    b.route(
        "POST",
        BASE + "/batch/create",
        HubSpotEndpoints.ASSOCIATIONS_BATCH_CREATE,
        this::batchCreate);
    b.route(
        "POST", BASE + "/batch/read", HubSpotEndpoints.ASSOCIATIONS_BATCH_READ, this::batchRead);
    b.route(
        "POST",
        BASE + "/batch/archive",
        HubSpotEndpoints.ASSOCIATIONS_BATCH_ARCHIVE,
        this::batchArchive);
    b.route("GET", BASE + "/labels", HubSpotEndpoints.ASSOCIATION_LABELS_LIST, this::labels);
    b.route(
        "POST", BASE + "/labels", HubSpotEndpoints.ASSOCIATION_LABELS_CREATE, this::createLabel);
  }

  private record Link(long fromId, long toId, List<AssociationLabel> types) {}

  private EmulatorResponse batchCreate(EmulatorRequest r) {
    ObjectTypeDef from = store.type(r.pathParam("fromObjectType"));
    ObjectTypeDef to = store.type(r.pathParam("toObjectType"));
    Instant started = store.now();
    List<JsonNode> inputs = HubSpotJson.inputs(r.json(), CREATE_MAX, errors);
    List<String> problems = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    ArrayNode errs = Json.array();
    for (int i = 0; i < inputs.size(); i++) {
      final int index = i;
      JsonNode in = inputs.get(i);
      long fromId = id(in.path("from").path("id"), "inputs[" + i + "].from.id");
      long toId = id(in.path("to").path("id"), "inputs[" + i + "].to.id");
      List<AssociationLabel> types = new ArrayList<>();
      for (JsonNode t : in.path("types")) {
        String category = t.path("associationCategory").asText();
        int typeId = t.path("associationTypeId").asInt();
        store
            .associations()
            .label(category, typeId)
            .filter(
                l ->
                    l.fromTypeId().equals(from.objectTypeId())
                        && l.toTypeId().equals(to.objectTypeId()))
            .ifPresentOrElse(
                types::add,
                () ->
                    problems.add(
                        "inputs["
                            + index
                            + "]: association type "
                            + category
                            + "/"
                            + typeId
                            + " is not defined from "
                            + from.name()
                            + " to "
                            + to.name()));
      }
      if (types.isEmpty() && problems.isEmpty()) {
        problems.add("inputs[" + i + "].types must name at least one association type");
      }
      if (!live(from, fromId) || !live(to, toId)) {
        notFound(errs, from, fromId, to, toId);
        continue;
      }
      links.add(new Link(fromId, toId, types));
    }
    if (!problems.isEmpty()) {
      throw errors.badRequest(String.join("; ", problems));
    }
    ArrayNode results = Json.array();
    for (Link link : links) {
      link.types().forEach(t -> store.associations().associate(t, link.fromId(), link.toId()));
      ObjectNode res = results.addObject();
      res.put("fromObjectTypeId", from.objectTypeId());
      res.put("fromObjectId", link.fromId());
      res.put("toObjectTypeId", to.objectTypeId());
      res.put("toObjectId", link.toId());
      ArrayNode labels = res.putArray("labels");
      link.types().stream().filter(t -> t.label() != null).forEach(t -> labels.add(t.label()));
    }
    return HubSpotJson.batch(store, 201, results, errs, started);
  }

  private EmulatorResponse batchRead(EmulatorRequest r) {
    ObjectTypeDef from = store.type(r.pathParam("fromObjectType"));
    ObjectTypeDef to = store.type(r.pathParam("toObjectType"));
    Instant started = store.now();
    ArrayNode results = Json.array();
    ArrayNode errs = Json.array();
    for (JsonNode in : HubSpotJson.inputs(r.json(), READ_MAX, errors)) {
      String rawId = in.path("id").asText();
      long fromId = id(in.path("id"), "inputs[].id");
      Map<Long, Set<AssociationType>> targets =
          store.associations().from(from.objectTypeId(), fromId, to.objectTypeId());
      if (targets.isEmpty()) {
        ObjectNode e = errs.addObject();
        e.put("status", "error");
        e.put("category", HubSpotErrors.OBJECT_NOT_FOUND);
        e.put(
            "message",
            "No " + to.singular() + " is associated with " + from.singular() + " " + rawId + ".");
        e.putObject("context").putArray("fromObjectId").add(rawId);
        continue;
      }
      ObjectNode res = results.addObject();
      res.putObject("from").put("id", rawId);
      ArrayNode toArr = res.putArray("to");
      targets.forEach(
          (toId, types) -> {
            ObjectNode t = toArr.addObject();
            t.put("toObjectId", toId);
            ArrayNode at = t.putArray("associationTypes");
            types.forEach(
                a ->
                    at.addObject()
                        .put("category", a.category())
                        .put("typeId", a.typeId())
                        .put("label", a.label()));
          });
    }
    return HubSpotJson.batch(store, 200, results, errs, started);
  }

  private EmulatorResponse batchArchive(EmulatorRequest r) {
    ObjectTypeDef from = store.type(r.pathParam("fromObjectType"));
    ObjectTypeDef to = store.type(r.pathParam("toObjectType"));
    for (JsonNode in : HubSpotJson.inputs(r.json(), CREATE_MAX, errors)) {
      long fromId = id(in.path("from").path("id"), "inputs[].from.id");
      for (JsonNode t : in.path("to")) {
        store
            .associations()
            .remove(
                from.objectTypeId(),
                fromId,
                to.objectTypeId(),
                id(t.path("id"), "inputs[].to[].id"));
      }
    }
    return EmulatorResponse.empty(204);
  }

  private EmulatorResponse labels(EmulatorRequest r) {
    ObjectTypeDef from = store.type(r.pathParam("fromObjectType"));
    ObjectTypeDef to = store.type(r.pathParam("toObjectType"));
    ObjectNode body = Json.object();
    ArrayNode results = body.putArray("results");
    store
        .associations()
        .labels(from.objectTypeId(), to.objectTypeId())
        .forEach(l -> results.add(labelJson(l)));
    return EmulatorResponse.json(200, body);
  }

  private EmulatorResponse createLabel(EmulatorRequest r) {
    ObjectTypeDef from = store.type(r.pathParam("fromObjectType"));
    ObjectTypeDef to = store.type(r.pathParam("toObjectType"));
    JsonNode body = r.json();
    String label = body.path("label").asText("");
    if (label.isBlank() || body.path("name").asText("").isBlank()) {
      throw errors.badRequest("label and name are required");
    }
    if (store
        .associations()
        .labelNamed(from.objectTypeId(), to.objectTypeId(), label)
        .isPresent()) {
      throw new ErrorResponseException(
          errors.response(
              409, HubSpotErrors.CONFLICT, "Association label '" + label + "' already exists."));
    }
    AssociationLabel created =
        store.associations().defineUserLabel(from.objectTypeId(), to.objectTypeId(), label);
    ObjectNode out = Json.object();
    out.putArray("results").add(labelJson(created));
    return EmulatorResponse.json(200, out);
  }

  private static ObjectNode labelJson(AssociationLabel l) {
    ObjectNode n = Json.object();
    n.put("category", l.category());
    n.put("typeId", l.typeId());
    n.put("label", l.label());
    return n;
  }

  private boolean live(ObjectTypeDef type, long id) {
    return store.get(type.objectTypeId(), id).filter(o -> !o.archived()).isPresent();
  }

  private static void notFound(
      ArrayNode errs, ObjectTypeDef from, long fromId, ObjectTypeDef to, long toId) {
    ObjectNode e = errs.addObject();
    e.put("status", "error");
    e.put("category", HubSpotErrors.OBJECT_NOT_FOUND);
    e.put(
        "message",
        "Could not associate "
            + from.singular()
            + " "
            + fromId
            + " with "
            + to.singular()
            + " "
            + toId
            + ": one of them does not exist.");
    ObjectNode ctx = e.putObject("context");
    ctx.putArray("fromObjectId").add(Long.toString(fromId));
    ctx.putArray("toObjectId").add(Long.toString(toId));
  }

  private long id(JsonNode node, String field) {
    return HubSpotStore.parseId(node.asText(""))
        .orElseThrow(
            () -> errors.badRequest(field + " must be a record id, was '" + node.asText("") + "'"));
  }
}
