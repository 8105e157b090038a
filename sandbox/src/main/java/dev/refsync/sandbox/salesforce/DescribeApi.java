package dev.refsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.EmulatorRequest;
import dev.refsync.sandbox.core.EmulatorResponse;
import dev.refsync.sandbox.core.EmulatorServer;
import dev.refsync.sandbox.core.Json;

/**
 * {@code GET /sobjects} (describeGlobal) and {@code GET /sobjects/{type}/describe}, with the
 * attributes Refsync's provisioning and mapping checks read: names, labels, custom flags, and per
 * field its type, length, precision/scale, externalId, unique, nillable, createable/updateable,
 * referenceTo, relationshipName and picklist values.
 */
final class DescribeApi {

  private final SalesforceStore store;

  DescribeApi(SalesforceStore store) {
    this.store = store;
  }

  void register(EmulatorServer.Builder builder) {
    builder.route(
        "GET",
        "/services/data/{version}/sobjects",
        SalesforceEndpoints.GLOBAL_DESCRIBE,
        this::global);
    builder.route(
        "GET",
        "/services/data/{version}/sobjects/{type}/describe",
        SalesforceEndpoints.DESCRIBE,
        this::describe);
  }

  private EmulatorResponse global(EmulatorRequest request) {
    String version = request.pathParam("version");
    return store.read(
        () -> {
          ObjectNode body = Json.object();
          body.put("encoding", "UTF-8");
          body.put("maxBatchSize", CollectionsApi.MAX_RECORDS);
          ArrayNode sobjects = body.putArray("sobjects");
          for (SObjectDef type : store.schema().types()) {
            ObjectNode t = summary(type);
            ObjectNode urls = t.putObject("urls");
            String base = "/services/data/" + version + "/sobjects/" + type.name();
            urls.put("sobject", base);
            urls.put("describe", base + "/describe");
            urls.put("rowTemplate", base + "/{ID}");
            sobjects.add(t);
          }
          return EmulatorResponse.json(200, body);
        });
  }

  private EmulatorResponse describe(EmulatorRequest request) {
    String name = request.pathParam("type");
    return store.read(
        () -> {
          SObjectDef type = store.schema().type(name).orElseThrow(SalesforceErrors::notFound);
          ObjectNode body = summary(type);
          ArrayNode fields = body.putArray("fields");
          for (FieldDef f : type.fields()) {
            fields.add(field(f));
          }
          return EmulatorResponse.json(200, body);
        });
  }

  private static ObjectNode summary(SObjectDef type) {
    ObjectNode t = Json.object();
    t.put("name", type.name());
    t.put("label", type.label());
    t.put("labelPlural", type.labelPlural());
    t.put("keyPrefix", type.keyPrefix());
    t.put("custom", type.custom());
    t.put("queryable", true);
    t.put("createable", true);
    t.put("updateable", true);
    t.put("deletable", true);
    return t;
  }

  private static ObjectNode field(FieldDef f) {
    ObjectNode n = Json.object();
    n.put("name", f.name());
    n.put("label", f.label());
    n.put("type", f.type().describeName());
    n.put("length", f.length());
    n.put("precision", f.precision());
    n.put("scale", f.scale());
    n.put("custom", f.custom());
    n.put("externalId", f.externalId());
    n.put("unique", f.unique());
    n.put("nillable", f.nillable());
    n.put("createable", f.createable());
    n.put("updateable", f.updateable());
    n.put("idLookup", f.type() == FieldType.ID || f.externalId());
    ArrayNode referenceTo = n.putArray("referenceTo");
    if (f.referenceTo() != null) {
      referenceTo.add(f.referenceTo());
    }
    if (f.relationshipName() == null) {
      n.putNull("relationshipName");
    } else {
      n.put("relationshipName", f.relationshipName());
    }
    ArrayNode picklist = n.putArray("picklistValues");
    for (String v : f.picklistValues()) {
      ObjectNode p = picklist.addObject();
      p.put("active", true);
      p.put("defaultValue", false);
      p.put("label", v);
      p.put("value", v);
    }
    return n;
  }
}
