package dev.refsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.Json;
import java.util.List;

/**
 * The outcome of one {@link WriteOp}.
 *
 * @param id the record's id (null when a create failed)
 * @param created true when an upsert or create inserted a record
 */
record WriteResult(String id, boolean success, boolean created, List<RecordError> errors) {

  WriteResult {
    errors = List.copyOf(errors);
  }

  static WriteResult ok(String id, boolean created) {
    return new WriteResult(id, true, created, List.of());
  }

  static WriteResult failed(String id, List<RecordError> errors) {
    return new WriteResult(id, false, false, errors);
  }

  /** The sObject Collections element: {@code {"id","success","errors"[,"created"]}}. */
  ObjectNode toJson(boolean withCreated) {
    ObjectNode n = Json.object();
    if (id != null) {
      n.put("id", id);
    }
    n.put("success", success);
    errors.forEach(e -> n.withArray("errors").add(e.toCollectionJson()));
    if (errors.isEmpty()) {
      n.putArray("errors");
    }
    if (withCreated && success) {
      n.put("created", created);
    }
    return n;
  }
}
