package dev.refsync.sandbox.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parses {@code application/x-www-form-urlencoded} bodies and query strings that use bracket
 * notation (Stripe, Rails, PHP) into a JSON tree: {@code metadata[plan]=gold} becomes {@code
 * {"metadata":{"plan":"gold"}}}, {@code expand[]=customer} and {@code expand[0]=customer} both
 * become {@code {"expand":["customer"]}}. Every leaf is a string; the vendor decides types.
 */
public final class FormEncoded {

  private FormEncoded() {}

  /**
   * @throws MalformedFormException when a key is malformed or used both as a value and as a
   *     container, naming the offending key
   */
  public static ObjectNode parse(String raw) {
    ObjectNode root = Json.object();
    if (raw == null || raw.isEmpty()) {
      return root;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = decode(eq < 0 ? "" : pair.substring(eq + 1));
      put(root, key, segments(key), value);
    }
    return (ObjectNode) indexedObjectsToArrays(root);
  }

  public static ObjectNode parse(byte[] body) {
    return parse(new String(body, StandardCharsets.UTF_8));
  }

  private static List<String> segments(String key) {
    int open = key.indexOf('[');
    if (open == 0) {
      throw new MalformedFormException(key, "a key must start with a name");
    }
    List<String> out = new ArrayList<>();
    if (open < 0) {
      out.add(key);
      return out;
    }
    out.add(key.substring(0, open));
    int i = open;
    while (i < key.length()) {
      if (key.charAt(i) != '[') {
        throw new MalformedFormException(key, "expected '[' at position " + i);
      }
      int close = key.indexOf(']', i);
      if (close < 0) {
        throw new MalformedFormException(key, "unclosed '['");
      }
      out.add(key.substring(i + 1, close));
      i = close + 1;
    }
    return out;
  }

  private static void put(ObjectNode root, String key, List<String> path, String value) {
    JsonNode container = root;
    for (int i = 0; i < path.size(); i++) {
      String segment = path.get(i);
      boolean last = i == path.size() - 1;
      boolean nextAppends = !last && path.get(i + 1).isEmpty();
      if (container instanceof ArrayNode array) {
        // "a[]" (append): each further segment after an append starts a new element.
        if (last) {
          array.add(value);
          return;
        }
        container = nextAppends ? array.addArray() : array.addObject();
        continue;
      }
      ObjectNode object = (ObjectNode) container;
      if (segment.isEmpty()) {
        throw new MalformedFormException(key, "'[]' must follow an array name");
      }
      JsonNode existing = object.get(segment);
      if (last) {
        if (existing != null && existing.isContainerNode()) {
          throw new MalformedFormException(key, "'" + segment + "' is already a nested value");
        }
        object.put(segment, value);
        return;
      }
      if (existing == null) {
        existing = nextAppends ? object.putArray(segment) : object.putObject(segment);
      } else if (!existing.isContainerNode() || existing.isArray() != nextAppends) {
        throw new MalformedFormException(key, "'" + segment + "' is used with two shapes");
      }
      container = existing;
    }
  }

  /** {@code a[0]=x&a[1]=y} first parses as {"a":{"0":"x","1":"y"}}; arrays come out in order. */
  private static JsonNode indexedObjectsToArrays(JsonNode node) {
    if (node instanceof ArrayNode array) {
      ArrayNode out = Json.array();
      array.forEach(e -> out.add(indexedObjectsToArrays(e)));
      return out;
    }
    if (!(node instanceof ObjectNode object)) {
      return node;
    }
    boolean indexed = !object.isEmpty();
    Map<Integer, JsonNode> byIndex = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    ObjectNode converted = Json.object();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      JsonNode child = indexedObjectsToArrays(f.getValue());
      converted.set(f.getKey(), child);
      if (indexed && f.getKey().matches("\\d{1,9}")) {
        byIndex.put(Integer.parseInt(f.getKey()), child);
      } else {
        indexed = false;
      }
    }
    if (!indexed) {
      return converted;
    }
    ArrayNode out = Json.array();
    byIndex.values().forEach(out::add);
    return out;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  /** A form key the parser cannot place; emulators answer it with their 400 shape. */
  public static final class MalformedFormException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;

    public MalformedFormException(String key, String detail) {
      super("Invalid form parameter '" + key + "': " + detail);
      this.key = key;
    }

    public String key() {
      return key;
    }
  }
}
