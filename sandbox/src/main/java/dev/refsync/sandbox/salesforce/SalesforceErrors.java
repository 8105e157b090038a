package dev.refsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.EmulatorResponse;
import dev.refsync.sandbox.core.ErrorResponseException;
import dev.refsync.sandbox.core.Json;
import java.util.List;

/**
 * Salesforce's REST error body: a JSON array of {@code {"message","errorCode","fields"?}} (REST API
 * Developer Guide, "Status Codes and Error Responses"), and the per-record error of sObject
 * Collections, {@code {"statusCode","message","fields"}}.
 */
final class SalesforceErrors {

  static final String NOT_FOUND = "NOT_FOUND";
  static final String INVALID_FIELD = "INVALID_FIELD";
  static final String INVALID_TYPE = "INVALID_TYPE";
  static final String MALFORMED_QUERY = "MALFORMED_QUERY";
  static final String INVALID_SESSION_ID = "INVALID_SESSION_ID";
  static final String REQUEST_LIMIT_EXCEEDED = "REQUEST_LIMIT_EXCEEDED";
  static final String REQUIRED_FIELD_MISSING = "REQUIRED_FIELD_MISSING";
  static final String DUPLICATE_VALUE = "DUPLICATE_VALUE";
  static final String UNABLE_TO_LOCK_ROW = "UNABLE_TO_LOCK_ROW";
  static final String JSON_PARSER_ERROR = "JSON_PARSER_ERROR";
  static final String ENTITY_IS_DELETED = "ENTITY_IS_DELETED";

  private SalesforceErrors() {}

  static EmulatorResponse response(int status, String errorCode, String message) {
    return response(status, errorCode, message, List.of());
  }

  static EmulatorResponse response(
      int status, String errorCode, String message, List<String> fields) {
    ArrayNode body = Json.array();
    ObjectNode error = body.addObject();
    error.put("message", message);
    error.put("errorCode", errorCode);
    if (!fields.isEmpty()) {
      ArrayNode f = error.putArray("fields");
      fields.forEach(f::add);
    }
    return EmulatorResponse.json(status, body);
  }

  static ErrorResponseException fail(int status, String errorCode, String message) {
    return new ErrorResponseException(response(status, errorCode, message));
  }

  static ErrorResponseException notFound() {
    return fail(404, NOT_FOUND, "The requested resource does not exist");
  }

  /** For failures the framework produces: unknown routes, wrong methods, injected faults. */
  static EmulatorResponse forStatus(int status, String message) {
    return switch (status) {
      case 400 -> response(400, JSON_PARSER_ERROR, message);
      case 401 -> response(401, INVALID_SESSION_ID, "Session expired or invalid");
      case 403 -> response(403, REQUEST_LIMIT_EXCEEDED, "TotalRequests Limit exceeded.");
      case 404 -> response(404, NOT_FOUND, "The requested resource does not exist");
      case 405 -> response(405, "METHOD_NOT_ALLOWED", message);
      case 503 -> response(503, "SERVER_UNAVAILABLE", "Server temporarily unavailable");
      default ->
          response(
              status,
              "UNKNOWN_EXCEPTION",
              "An unexpected error occurred. Please include this ErrorId if you contact support: "
                  + message);
    };
  }
}
