package dev.refsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.EmulatorResponse;
import dev.refsync.sandbox.core.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The SimplePublicObject shape: {@code {"id", "properties", "createdAt", "updatedAt", "archived"[,
 * "archivedAt"]}}. Properties named in the request but unset come back as null.
 */
final class HubSpotJson {

  private HubSpotJson() {}

  static ObjectNode object(CrmObject o, ObjectTypeDef type, Collection<String> requested) {
    Set<String> names = new LinkedHashSet<>();
    if (requested.isEmpty()) {
      names.addAll(type.defaultProperties());
    } else {
      names.addAll(requested);
      // HubSpot always returns these three with explicit property lists.
      names.add("hs_object_id");
      names.add("createdate");
      names.add(type.modifiedProperty());
    }
    ObjectNode n = Json.object();
    n.put("id", Long.toString(o.id()));
    ObjectNode props = n.putObject("properties");
    names.stream().sorted().forEach(name -> props.put(name, o.property(name)));
    timestamps(n, o);
    return n;
  }

  /** Every stored property; used by the state dump. */
  static ObjectNode full(CrmObject o) {
    ObjectNode n = Json.object();
    n.put("id", Long.toString(o.id()));
    ObjectNode props = n.putObject("properties");
    o.properties().forEach(props::put);
    timestamps(n, o);
    return n;
  }

  private static void timestamps(ObjectNode n, CrmObject o) {
    n.put("createdAt", HubSpotTimes.format(o.createdAt()));
    n.put("updatedAt", HubSpotTimes.format(o.updatedAt()));
    n.put("archived", o.archived());
    if (o.archived()) {
      n.put("archivedAt", HubSpotTimes.format(o.archivedAt()));
    }
  }

  /** The inputs array of a batch request, at most {@code max} long. */
  static List<JsonNode> inputs(JsonNode body, int max, HubSpotErrors errors) {
    JsonNode inputs = body.path("inputs");
    if (!inputs.isArray()) {
      throw errors.badRequest(
          "Invalid input JSON: field \"inputs\" is required and must be an array.");
    }
    if (inputs.size() > max) {
      throw errors.badRequest(
          "Batch size " + inputs.size() + " exceeds the limit of " + max + " inputs.");
    }
    List<JsonNode> out = new ArrayList<>();
    inputs.forEach(out::add);
    return out;
  }

  /** HubSpot's BatchResponse envelope; 207 Multi-Status whenever an input failed. */
  static EmulatorResponse batch(
      HubSpotStore store, int okStatus, ArrayNode results, ArrayNode errs, Instant started) {
    ObjectNode body = Json.object();
    body.put("status", "COMPLETE");
    body.set("results", results);
    if (!errs.isEmpty()) {
      body.put("numErrors", errs.size());
      body.set("errors", errs);
    }
    body.put("startedAt", HubSpotTimes.format(started));
    body.put("completedAt", HubSpotTimes.format(store.now()));
    return EmulatorResponse.json(errs.isEmpty() ? okStatus : 207, body);
  }
}
