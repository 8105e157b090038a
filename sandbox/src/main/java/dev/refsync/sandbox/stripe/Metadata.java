package dev.refsync.sandbox.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stripe metadata updates and limits (docs.stripe.com/api/metadata): at most 50 keys, keys up to 40
 * characters, values up to 500 characters; {@code metadata[key]=} removes a key and {@code
 * metadata=} removes them all. Every violation is reported at once, the first one named in {@code
 * param}.
 */
final class Metadata {

  static final int MAX_KEYS = 50;
  static final int MAX_KEY_LENGTH = 40;
  static final int MAX_VALUE_LENGTH = 500;

  private final StripeErrors errors;

  Metadata(StripeErrors errors) {
    this.errors = errors;
  }

  /**
   * The metadata after applying {@code update} to {@code current}; {@code current} is unchanged.
   */
  ObjectNode apply(ObjectNode current, JsonNode update) {
    ObjectNode next = current.deepCopy();
    if (update.isTextual()) {
      if (!update.asText().isEmpty()) {
        throw errors.invalidParam(
            "parameter_invalid_empty",
            "metadata",
            "Invalid metadata: pass key-value pairs as metadata[key]=value, or an empty string to"
                + " remove all keys.");
      }
      next.removeAll();
      return next;
    }
    if (!update.isObject()) {
      throw errors.invalidParam(
          "parameter_invalid", "metadata", "Invalid metadata: must be a hash of key-value pairs.");
    }
    List<String> problems = new ArrayList<>();
    String firstParam = null;
    for (Map.Entry<String, JsonNode> e : update.properties()) {
      String key = e.getKey();
      JsonNode value = e.getValue();
      String param = "metadata[" + key + "]";
      if (!value.isTextual()) {
        problems.add("the value of '" + key + "' must be a string, not a nested hash");
      } else if (key.length() > MAX_KEY_LENGTH) {
        problems.add(
            "keys can be up to "
                + MAX_KEY_LENGTH
                + " characters long, '"
                + key
                + "' has "
                + key.length());
      } else if (value.asText().length() > MAX_VALUE_LENGTH) {
        problems.add(
            "values can be up to "
                + MAX_VALUE_LENGTH
                + " characters long, the value of '"
                + key
                + "' has "
                + value.asText().length());
      } else {
        if (value.asText().isEmpty()) {
          next.remove(key);
        } else {
          next.put(key, value.asText());
        }
        continue;
      }
      firstParam = firstParam == null ? param : firstParam;
    }
    if (next.size() > MAX_KEYS) {
      problems.add(
          "metadata can have up to " + MAX_KEYS + " keys, this update makes " + next.size());
      firstParam = firstParam == null ? "metadata" : firstParam;
    }
    if (!problems.isEmpty()) {
      throw errors.invalidParam(
          "parameter_invalid",
          firstParam,
          "Invalid metadata: " + String.join("; ", problems) + ".");
    }
    return next;
  }
}
