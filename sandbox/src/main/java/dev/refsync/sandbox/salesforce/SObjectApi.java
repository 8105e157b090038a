package dev.refsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.EmulatorRequest;
import dev.refsync.sandbox.core.EmulatorResponse;
import dev.refsync.sandbox.core.EmulatorServer;
import dev.refsync.sandbox.core.Json;
import java.util.List;
import java.util.Optional;

/**
 * Single-record sObject REST: {@code POST /sobjects/{type}} (201 {@code
 * {"id","success","errors"}}), {@code GET}/{@code PATCH} (204)/{@code DELETE} (204) on {@code
 * /sobjects/{type}/{id}}. Write errors are a 400 array of {@code {"message","errorCode","fields"}},
 * one per problem.
 */
final class SObjectApi {

  private static final String BASE = "/services/data/{version}/sobjects/{type}";

  private final SalesforceStore store;

  SObjectApi(SalesforceStore store) {
    this.store = store;
  }

  void register(EmulatorServer.Builder builder) {
    builder.route("POST", BASE, SalesforceEndpoints.CREATE, this::create);
    builder.route("GET", BASE + "/{id}", SalesforceEndpoints.RETRIEVE, this::retrieve);
    builder.route("PATCH", BASE + "/{id}", SalesforceEndpoints.UPDATE, this::update);
    builder.route("DELETE", BASE + "/{id}", SalesforceEndpoints.DELETE, this::delete);
  }

  private EmulatorResponse create(EmulatorRequest request) {
    SObjectDef type = type(request);
    WriteResult result =
        store
            .write(
                List.of(new WriteOp(WriteOp.Kind.CREATE, type.name(), null, null, body(request))),
                true)
            .get(0);
    if (!result.success()) {
      return errors(result);
    }
    ObjectNode body = Json.object();
    body.put("id", result.id());
    body.put("success", true);
    body.putArray("errors");
    return EmulatorResponse.json(201, body);
  }

  private EmulatorResponse retrieve(EmulatorRequest request) {
    SObjectDef type = type(request);
    SObjectRecord record = live(type, request.pathParam("id"));
    List<String> wanted = request.queryList("fields");
    return store.read(
        () -> {
          ObjectNode out = QueryEngine.attributes(record, request.pathParam("version"));
          if (wanted.isEmpty()) {
            for (FieldDef f : type.fields()) {
              out.set(f.name(), FieldValues.toJson(record.get(f)));
            }
          } else {
            for (String name : wanted) {
              FieldDef f =
                  type.field(name)
                      .orElseThrow(
                          () ->
                              SalesforceErrors.fail(
                                  400,
                                  SalesforceErrors.INVALID_FIELD,
                                  "No such column '"
                                      + name
                                      + "' on entity '"
                                      + type.name()
                                      + "'. If you are attempting to use a custom field, be sure"
                                      + " to append the '__c' after the custom field name. Please"
                                      + " reference your WSDL or the describe call for the"
                                      + " appropriate names."));
              out.set(f.name(), FieldValues.toJson(record.get(f)));
            }
          }
          return EmulatorResponse.json(200, out);
        });
  }

  private EmulatorResponse update(EmulatorRequest request) {
    SObjectDef type = type(request);
    SObjectRecord record = live(type, request.pathParam("id"));
    WriteResult result =
        store
            .write(
                List.of(
                    new WriteOp(
                        WriteOp.Kind.UPDATE, type.name(), record.id(), null, body(request))),
                true)
            .get(0);
    return result.success() ? EmulatorResponse.empty(204) : errors(result);
  }

  private EmulatorResponse delete(EmulatorRequest request) {
    SObjectDef type = type(request);
    SObjectRecord record = live(type, request.pathParam("id"));
    store.softDelete(record.id());
    return EmulatorResponse.empty(204);
  }

  private SObjectDef type(EmulatorRequest request) {
    String name = request.pathParam("type");
    return store
        .read(() -> store.schema().type(name))
        .orElseThrow(
            () ->
                SalesforceErrors.fail(
                    404, SalesforceErrors.NOT_FOUND, "The requested resource does not exist"));
  }

  private SObjectRecord live(SObjectDef type, String id) {
    Optional<SObjectRecord> record =
        store.find(id).filter(r -> r.type() == type).filter(r -> !r.deleted());
    return record.orElseThrow(SalesforceErrors::notFound);
  }

  private static JsonNode body(EmulatorRequest request) {
    JsonNode body = request.json();
    if (!body.isObject()) {
      throw SalesforceErrors.fail(
          400, SalesforceErrors.JSON_PARSER_ERROR, "Cannot deserialize instance of sObject");
    }
    return body;
  }

  private static EmulatorResponse errors(WriteResult result) {
    var body = Json.array();
    for (RecordError e : result.errors()) {
      ObjectNode n = body.addObject();
      n.put("message", e.message());
      n.put("errorCode", e.statusCode());
      e.fields().forEach(n.withArray("fields")::add);
      if (e.fields().isEmpty()) {
        n.putArray("fields");
      }
    }
    return EmulatorResponse.json(400, body);
  }
}
