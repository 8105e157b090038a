package dev.refsync.sandbox.stripe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.EmulatorResponse;
import dev.refsync.sandbox.core.Json;

/**
 * Stripe's error body (docs.stripe.com/api/errors): {@code {"error":{"type","code"?,"message",
 * "param"?}}}. Every response carries a {@code Request-Id}; answers a client should retry carry
 * {@code Stripe-Should-Retry: true}, which stripe-java honours before any other rule.
 */
final class StripeErrors {

  static final String INVALID_REQUEST = "invalid_request_error";
  static final String API_ERROR = "api_error";
  static final String IDEMPOTENCY_ERROR = "idempotency_error";

  private final StripeIds requestIds;

  StripeErrors(StripeIds requestIds) {
    this.requestIds = requestIds;
  }

  String nextRequestId() {
    return requestIds.next("req");
  }

  EmulatorResponse response(int status, String type, String code, String message, String param) {
    ObjectNode error = Json.object();
    error.put("type", type);
    if (code != null) {
      error.put("code", code);
      error.put("doc_url", "https://stripe.com/docs/error-codes/" + code.replace('_', '-'));
    }
    error.put("message", message);
    if (param != null) {
      error.put("param", param);
    }
    ObjectNode body = Json.object();
    body.set("error", error);
    return EmulatorResponse.json(status, body).withHeader("Request-Id", nextRequestId());
  }

  /** A missing or malformed parameter: not saved under an idempotency key. */
  StripeRequestException invalidParam(String code, String param, String message) {
    return new StripeRequestException(response(400, INVALID_REQUEST, code, message, param), false);
  }

  StripeRequestException missingParam(String param) {
    return invalidParam("parameter_missing", param, "Missing required param: " + param + ".");
  }

  /** A request the endpoint executed and refused (saved under an idempotency key). */
  StripeRequestException refused(String code, String param, String message) {
    return new StripeRequestException(response(400, INVALID_REQUEST, code, message, param), true);
  }

  StripeRequestException noSuch(String objectName, String id, String param) {
    return new StripeRequestException(
        response(
            404,
            INVALID_REQUEST,
            "resource_missing",
            "No such " + objectName + ": '" + id + "'",
            param),
        true);
  }

  EmulatorResponse unauthorized(String message) {
    return response(401, INVALID_REQUEST, null, message, null);
  }

  EmulatorResponse rateLimited() {
    return response(
        429,
        INVALID_REQUEST,
        "rate_limit",
        "Request rate limit exceeded. Learn more about rate limits here"
            + " https://stripe.com/docs/rate-limits.",
        null);
  }

  /** For failures the framework produces: unknown routes and injected faults. */
  EmulatorResponse forStatus(int status, String message) {
    if (status >= 500) {
      return response(status, API_ERROR, null, message, null)
          .withHeader("Stripe-Should-Retry", "true");
    }
    if (status == 409) {
      return response(
              409,
              INVALID_REQUEST,
              "lock_timeout",
              "This object cannot be accessed right now because another API request or Stripe"
                  + " process is currently accessing it. "
                  + message,
              null)
          .withHeader("Stripe-Should-Retry", "true");
    }
    if (status == 404 || status == 405) {
      return response(
          404,
          INVALID_REQUEST,
          null,
          "Unrecognized request URL. Please see https://stripe.com/docs or we can help at"
              + " https://support.stripe.com/. ("
              + message
              + ")",
          null);
    }
    return response(status, INVALID_REQUEST, null, message, null);
  }
}
