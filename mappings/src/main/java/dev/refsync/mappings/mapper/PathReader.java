package dev.refsync.mappings.mapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Reads a dotted path ({@code status_transitions.paid_at}, {@code properties.amount}) from a vendor
 * record. Null, missing and blank text are all "absent": HubSpot returns {@code ""} for a cleared
 * property.
 */
public final class PathReader {
  private PathReader() {}

  /** The value at the path, or a missing node when it is absent. */
  public static JsonNode read(JsonNode record, String path) {
    JsonNode node = record;
    for (String segment : path.split("\\.", -1)) {
      node = node.path(segment);
      if (node.isMissingNode()) {
        return node;
      }
    }
    return isAbsent(node) ? MissingNode.getInstance() : node;
  }

  /** Null, missing, or text that is blank. */
  public static boolean isAbsent(JsonNode node) {
    return node == null
        || node.isMissingNode()
        || node.isNull()
        || (node.isTextual() && node.asText().isBlank());
  }
}
