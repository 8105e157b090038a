package dev.refsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.EmulatorRequest;
import dev.refsync.sandbox.core.EmulatorResponse;
import dev.refsync.sandbox.core.EmulatorServer;
import dev.refsync.sandbox.core.Json;
import java.util.Optional;

/**
 * {@code GET /limits/recordCount?sObjects=A,B} (REST API guide, "Record Count"): {@code
 * {"sObjects":[{"count","name"}]}} for each named type that exists. Salesforce's counts are
 * approximate (refreshed periodically); the emulator's are exact live counts.
 */
final class RecordCountApi {

  private final SalesforceStore store;

  RecordCountApi(SalesforceStore store) {
    this.store = store;
  }

  void register(EmulatorServer.Builder builder) {
    builder.route(
        "GET",
        "/services/data/{version}/limits/recordCount",
        SalesforceEndpoints.RECORD_COUNT,
        this::count);
  }

  private EmulatorResponse count(EmulatorRequest request) {
    ObjectNode body = Json.object();
    ArrayNode out = body.putArray("sObjects");
    String names = request.queryParam("sObjects").orElse("");
    store.read(
        () -> {
          for (String name : names.split(",")) {
            Optional<SObjectDef> type = store.schema().type(name.strip());
            type.ifPresent(
                t ->
                    out.addObject()
                        .put("count", store.records(t, false).size())
                        .put("name", t.name()));
          }
          return null;
        });
    return EmulatorResponse.json(200, body);
  }
}
