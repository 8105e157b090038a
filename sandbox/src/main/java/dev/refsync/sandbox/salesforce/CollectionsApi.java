package dev.refsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.refsync.sandbox.core.EmulatorRequest;
import dev.refsync.sandbox.core.EmulatorResponse;
import dev.refsync.sandbox.core.EmulatorServer;
import dev.refsync.sandbox.core.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * sObject Collections (VENDOR-FACTS): create {@code POST /composite/sobjects}, update {@code PATCH
 * /composite/sobjects}, upsert {@code PATCH /composite/sobjects/{SObject}/{ExternalIdField}}; at
 * most 200 records, one API call; {@code allOrNone} false (the default) gives per-record results,
 * true rolls every record back when one fails. The answer is always 200 with an array of {@code
 * {"id","success","errors"[,"created"]}} in request order.
 */
final class CollectionsApi {

  static final int MAX_RECORDS = 200;
  private static final String BASE = "/services/data/{version}/composite/sobjects";

  private final SalesforceStore store;

  CollectionsApi(SalesforceStore store) {
    this.store = store;
  }

  void register(EmulatorServer.Builder builder) {
    builder.route(
        "POST", BASE, SalesforceEndpoints.COLLECTIONS_CREATE, r -> write(r, WriteOp.Kind.CREATE));
    builder.route(
        "PATCH", BASE, SalesforceEndpoints.COLLECTIONS_UPDATE, r -> write(r, WriteOp.Kind.UPDATE));
    builder.route(
        "PATCH",
        BASE + "/{type}/{externalIdField}",
        SalesforceEndpoints.COLLECTIONS_UPSERT,
        r -> write(r, WriteOp.Kind.UPSERT));
  }

  private EmulatorResponse write(EmulatorRequest request, WriteOp.Kind kind) {
    JsonNode body = request.json();
    JsonNode records = body.path("records");
    if (!records.isArray() || records.isEmpty()) {
      throw SalesforceErrors.fail(
          400, "INVALID_FIELD", "The 'records' property of the request body must be provided");
    }
    if (records.size() > MAX_RECORDS) {
      throw SalesforceErrors.fail(
          400,
          "EXCEEDED_ID_LIMIT",
          "record limit reached. cannot submit more than "
              + MAX_RECORDS
              + " records into this call");
    }
    String pathType = kind == WriteOp.Kind.UPSERT ? request.pathParam("type") : null;
    if (pathType != null && store.read(() -> store.schema().type(pathType)).isEmpty()) {
      throw SalesforceErrors.notFound();
    }
    String externalIdField =
        kind == WriteOp.Kind.UPSERT ? request.pathParam("externalIdField") : null;
    List<WriteOp> ops = new ArrayList<>();
    for (JsonNode record : records) {
      ops.add(op(kind, pathType, externalIdField, record));
    }
    boolean allOrNone = body.path("allOrNone").asBoolean(false);
    List<WriteResult> results = store.write(ops, allOrNone);
    ArrayNode out = Json.array();
    results.forEach(r -> out.add(r.toJson(kind == WriteOp.Kind.UPSERT)));
    return EmulatorResponse.json(200, out);
  }

  private static WriteOp op(
      WriteOp.Kind kind, String pathType, String externalIdField, JsonNode record) {
    if (!record.isObject()) {
      throw SalesforceErrors.fail(
          400, SalesforceErrors.JSON_PARSER_ERROR, "Each element of 'records' must be an sObject");
    }
    JsonNode attributesType = record.path("attributes").path("type");
    String type = attributesType.isTextual() ? attributesType.asText() : pathType;
    String id = null;
    if (kind == WriteOp.Kind.UPDATE) {
      id = textField(record, "id");
    }
    return new WriteOp(kind, type, id, externalIdField, record);
  }

  private static String textField(JsonNode record, String name) {
    var it = record.fields();
    while (it.hasNext()) {
      var e = it.next();
      if (e.getKey().equalsIgnoreCase(name) && e.getValue().isTextual()) {
        return e.getValue().asText();
      }
    }
    return null;
  }
}
