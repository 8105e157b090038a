package dev.refsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.Json;
import java.util.List;

/** One per-record write error, as collections and single-record writes report it. */
record RecordError(String statusCode, String message, List<String> fields) {

  RecordError {
    fields = List.copyOf(fields);
  }

  static RecordError of(String statusCode, String message, String... fields) {
    return new RecordError(statusCode, message, List.of(fields));
  }

  /** The collections shape: {@code {"statusCode","message","fields"}}. */
  ObjectNode toCollectionJson() {
    ObjectNode n = Json.object();
    n.put("statusCode", statusCode);
    n.put("message", message);
    fields.forEach(n.putArray("fields")::add);
    if (fields.isEmpty()) {
      n.putArray("fields");
    }
    return n;
  }
}
