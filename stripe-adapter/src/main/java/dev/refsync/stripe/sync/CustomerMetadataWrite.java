package dev.refsync.stripe.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The outbox payload of one customer metadata write, written by {@link StripeWriteBackPlanner} and
 * read by {@link StripePusher}: {@code {"customer":"cus_…","metadata":{key:value,…}}}, keys sorted,
 * so the same write always has the same bytes and the outbox ignores it when nothing changed.
 *
 * @param customerId the Stripe customer written
 * @param metadata key → value; {@code ""} removes the key
 */
record CustomerMetadataWrite(String customerId, SortedMap<String, String> metadata) {
  static final String TARGET_TYPE = "customer";
  private static final ObjectMapper JSON = new ObjectMapper();

  CustomerMetadataWrite {
    Objects.requireNonNull(customerId, "customerId");
    metadata = new TreeMap<>(metadata);
  }

  String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("customer", customerId);
    ObjectNode values = root.putObject("metadata");
    metadata.forEach(values::put);
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a metadata payload", e);
    }
  }

  /**
   * @throws IllegalArgumentException naming the row when the payload is not one of ours
   */
  static CustomerMetadataWrite parse(long rowId, String payload) {
    try {
      JsonNode root = JSON.readTree(payload);
      JsonNode customer = root.path("customer");
      JsonNode metadata = root.path("metadata");
      if (!customer.isTextual() || !metadata.isObject()) {
        throw new IllegalArgumentException(
            "outbox row " + rowId + " is not a Stripe customer metadata write: " + payload);
      }
      SortedMap<String, String> values = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : metadata.properties()) {
        values.put(e.getKey(), e.getValue().asText());
      }
      return new CustomerMetadataWrite(customer.asText(), values);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("outbox row " + rowId + " payload is not JSON", e);
    }
  }
}
