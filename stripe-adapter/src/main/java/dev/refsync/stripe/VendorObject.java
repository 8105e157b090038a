package dev.refsync.stripe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonObject;
import com.stripe.model.Event;
import com.stripe.model.StripeObject;
import dev.refsync.mappings.mapper.VendorJson;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A Stripe object as the API returned it, read as JSON for the mappings module (amounts stay exact,
 * unknown fields are kept). The events feed and the backfill both produce these, so one translator
 * serves both.
 *
 * @param objectType Stripe's {@code object} ({@code invoice}, {@code refund}, ...)
 * @param id the object's id
 * @param json the object
 */
public record VendorObject(String objectType, String id, JsonNode json) {
  private static final ObjectMapper JSON = VendorJson.mapper();

  public VendorObject {
    Objects.requireNonNull(objectType, "objectType");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(json, "json");
  }

  /** The event's {@code data.object}, from the raw JSON Stripe sent (not the SDK's model). */
  public static VendorObject ofEvent(Event event) {
    return parse(event.getDataObjectDeserializer().getRawJson());
  }

  /** An object read through stripe-java, from the raw JSON it was built from. */
  public static VendorObject of(StripeObject object) {
    JsonObject raw = object.getRawJsonObject();
    return parse(raw != null ? raw.toString() : object.toJson());
  }

  public static VendorObject parse(String json) {
    try {
      JsonNode node = JSON.readTree(json);
      return new VendorObject(node.path("object").asText(), node.path("id").asText(), node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Stripe object is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Text at a dotted path, or null when absent or null. */
  public String text(String path) {
    JsonNode node = json;
    for (String part : path.split("\\.")) {
      node = node.path(part);
    }
    return node.isMissingNode() || node.isNull() ? null : node.asText();
  }
}
