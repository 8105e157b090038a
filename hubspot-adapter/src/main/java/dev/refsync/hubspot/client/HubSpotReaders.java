package dev.refsync.hubspot.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads HubSpot's response JSON into the client's records; a missing required field is an error.
 */
final class HubSpotReaders {
  private final ObjectMapper json;

  HubSpotReaders(ObjectMapper json) {
    this.json = json;
  }

  HubSpotObject object(JsonNode n) throws IOException {
    Map<String, String> properties = new LinkedHashMap<>();
    n.path("properties")
        .fields()
        .forEachRemaining(
            e -> properties.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
    return new HubSpotObject(
        required(n, "id").asText(),
        properties,
        instant(n, "createdAt"),
        instant(n, "updatedAt"),
        n.path("archived").asBoolean(false));
  }

  SearchPage searchPage(JsonNode n) throws IOException {
    return new SearchPage(
        required(n, "total").asLong(), objects(required(n, "results")), nextAfter(n));
  }

  ObjectPage objectPage(JsonNode n) throws IOException {
    return new ObjectPage(objects(required(n, "results")), nextAfter(n));
  }

  List<HubSpotObject> objects(JsonNode array) throws IOException {
    List<HubSpotObject> out = new ArrayList<>();
    for (JsonNode o : array) {
      out.add(object(o));
    }
    return out;
  }

  <T> BatchResult<T> batch(JsonNode n, Item<T> item) throws IOException {
    List<T> results = new ArrayList<>();
    for (JsonNode r : required(n, "results")) {
      results.add(item.read(r));
    }
    List<BatchError> errors = new ArrayList<>();
    for (JsonNode e : n.path("errors")) {
      Map<String, List<String>> context = new LinkedHashMap<>();
      e.path("context")
          .fields()
          .forEachRemaining(c -> context.put(c.getKey(), texts(c.getValue(), JsonNode::asText)));
      errors.add(
          new BatchError(
              e.path("status").asText("error"),
              e.path("category").asText(null),
              e.path("message").asText(null),
              Map.copyOf(context)));
    }
    return new BatchResult<>(results, errors);
  }

  UpsertResult upserted(JsonNode n) throws IOException {
    return new UpsertResult(object(n), n.path("new").asBoolean(false));
  }

  CreatedAssociation createdAssociation(JsonNode n) throws IOException {
    return new CreatedAssociation(
        required(n, "fromObjectId").asText(),
        required(n, "toObjectId").asText(),
        texts(n.path("labels"), JsonNode::asText));
  }

  Associations associations(JsonNode n) throws IOException {
    List<AssociatedObject> to = new ArrayList<>();
    for (JsonNode t : n.path("to")) {
      List<AssociationType> types = new ArrayList<>();
      for (JsonNode a : t.path("associationTypes")) {
        types.add(
            new AssociationType(
                required(a, "category").asText(),
                required(a, "typeId").asInt(),
                a.path("label").isNull() ? null : a.path("label").asText(null)));
      }
      to.add(new AssociatedObject(required(t, "toObjectId").asText(), types));
    }
    return new Associations(required(required(n, "from"), "id").asText(), to);
  }

  List<AssociationType> associationTypes(JsonNode n) throws IOException {
    List<AssociationType> out = new ArrayList<>();
    for (JsonNode t : required(n, "results")) {
      out.add(
          new AssociationType(
              required(t, "category").asText(),
              required(t, "typeId").asInt(),
              t.path("label").isNull() ? null : t.path("label").asText(null)));
    }
    return out;
  }

  <T> List<T> results(JsonNode n, Class<T> type) throws IOException {
    List<T> out = new ArrayList<>();
    for (JsonNode r : required(n, "results")) {
      out.add(json.treeToValue(r, type));
    }
    return out;
  }

  <T> T value(JsonNode n, Class<T> type) throws IOException {
    if (n.isMissingNode()) {
      throw new IOException("empty body where a " + type.getSimpleName() + " was expected");
    }
    return json.treeToValue(n, type);
  }

  @FunctionalInterface
  interface Item<T> {
    T read(JsonNode n) throws IOException;
  }

  private static String nextAfter(JsonNode n) {
    JsonNode after = n.path("paging").path("next").path("after");
    return after.isMissingNode() || after.isNull() ? null : after.asText();
  }

  private static JsonNode required(JsonNode n, String field) throws IOException {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new IOException("field '" + field + "' is missing");
    }
    return v;
  }

  private static Instant instant(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : Instant.parse(v.asText());
  }

  private static <T> List<T> texts(JsonNode array, Function<JsonNode, T> f) {
    List<T> out = new ArrayList<>();
    if (array.isArray()) {
      array.forEach(v -> out.add(f.apply(v)));
    } else if (!array.isMissingNode() && !array.isNull()) {
      out.add(f.apply(array));
    }
    return List.copyOf(out);
  }
}
