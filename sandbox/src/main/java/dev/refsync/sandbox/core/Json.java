package dev.refsync.sandbox.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * JSON helpers shared by every emulator: one mapper, tree-model only (vendors speak JSON trees).
 */
public final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /**
   * Parses a request body.
   *
   * @throws MalformedJsonException when the body is not JSON, so the emulator can answer with the
   *     vendor's own "invalid input" error instead of a 500
   */
  public static JsonNode parse(byte[] body) {
    if (body.length == 0) {
      throw new MalformedJsonException("empty request body");
    }
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      throw new MalformedJsonException(e.getMessage());
    }
  }

  public static JsonNode parse(String body) {
    return parse(body.getBytes(StandardCharsets.UTF_8));
  }

  public static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(JsonNode node) {
    return new String(bytes(node), StandardCharsets.UTF_8);
  }

  /** Thrown when a request body is not valid JSON; emulators map it to their 400 shape. */
  public static final class MalformedJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MalformedJsonException(String detail) {
      super("Invalid input JSON: " + detail);
    }
  }
}
