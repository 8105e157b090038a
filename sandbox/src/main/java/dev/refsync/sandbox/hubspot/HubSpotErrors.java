package dev.refsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.EmulatorResponse;
import dev.refsync.sandbox.core.ErrorResponseException;
import dev.refsync.sandbox.core.Json;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HubSpot's error bodies (developers.hubspot.com, "Error handling"): {@code {"status":"error",
 * "message", "correlationId", "category", "context"?, "errors"?}}; rate-limit 429s carry {@code
 * errorType} and {@code policyName} instead of {@code category}. Correlation ids are name-based
 * UUIDs from a counter, so runs are reproducible.
 */
final class HubSpotErrors {

  static final String VALIDATION_ERROR = "VALIDATION_ERROR";
  static final String OBJECT_NOT_FOUND = "OBJECT_NOT_FOUND";
  static final String CONFLICT = "CONFLICT";
  static final String OBJECT_ALREADY_EXISTS = "OBJECT_ALREADY_EXISTS";

  private final AtomicLong sequence = new AtomicLong();

  String correlationId() {
    return UUID.nameUUIDFromBytes(
            ("hubspot-emulator-" + sequence.incrementAndGet()).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  ObjectNode body(String category, String message) {
    ObjectNode n = Json.object();
    n.put("status", "error");
    n.put("message", message);
    n.put("correlationId", correlationId());
    n.put("category", category);
    return n;
  }

  EmulatorResponse response(int status, String category, String message) {
    return EmulatorResponse.json(status, body(category, message));
  }

  EmulatorResponse response(int status, String category, String message, JsonNode errors) {
    ObjectNode body = body(category, message);
    body.set("errors", errors);
    return EmulatorResponse.json(status, body);
  }

  ErrorResponseException badRequest(String message) {
    return new ErrorResponseException(response(400, VALIDATION_ERROR, message));
  }

  ErrorResponseException notFound(String message) {
    return new ErrorResponseException(response(404, OBJECT_NOT_FOUND, message));
  }

  EmulatorResponse unauthorized(String message) {
    return response(401, "INVALID_AUTHENTICATION", message);
  }

  /** The 429 body; {@code policyName} is TEN_SECONDLY_ROLLING, DAILY or SECONDLY. */
  EmulatorResponse rateLimited(String policyName, String message) {
    ObjectNode n = Json.object();
    n.put("status", "error");
    n.put("message", message);
    n.put("errorType", "RATE_LIMIT");
    n.put("correlationId", correlationId());
    n.put("policyName", policyName);
    return EmulatorResponse.json(429, n);
  }

  /** For failures the framework produces (unknown route, injected status, malformed JSON). */
  EmulatorResponse forStatus(int status, String message) {
    return response(status, categoryFor(status), message);
  }

  private static String categoryFor(int status) {
    return switch (status) {
      case 400 -> VALIDATION_ERROR;
      case 401 -> "INVALID_AUTHENTICATION";
      case 403 -> "MISSING_SCOPES";
      case 404 -> OBJECT_NOT_FOUND;
      case 405 -> "METHOD_NOT_ALLOWED";
      case 409 -> CONFLICT;
      case 423 -> "LOCKED";
      case 429 -> "RATE_LIMITS";
      default -> status >= 500 ? "INTERNAL_ERROR" : "ERROR";
    };
  }
}
