package dev.refsync.salesforce.error;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.refsync.core.error.AuthenticationException;
import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.core.error.InvalidRequestException;
import dev.refsync.core.error.QuotaExhaustedException;
import dev.refsync.core.error.RateLimitedException;
import dev.refsync.core.error.UpstreamServerException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a failed Salesforce REST response into the core exception named by what the caller must do
 * (DESIGN 11, VENDOR-FACTS "errors" and "limit exceeded"). The only place that knows Salesforce's
 * error codes; {@link SalesforceErrorClassifier} then decides on retry from the exception type.
 */
public final class SalesforceErrorMapper {
  public static final String SYSTEM = "SALESFORCE";
  public static final String INVALID_SESSION_ID = "INVALID_SESSION_ID";
  public static final String REQUEST_LIMIT_EXCEEDED = "REQUEST_LIMIT_EXCEEDED";
  public static final String UNABLE_TO_LOCK_ROW = "UNABLE_TO_LOCK_ROW";

  private final ObjectMapper json;

  public SalesforceErrorMapper(ObjectMapper json) {
    this.json = json;
  }

  /**
   * The exception for a response with status ≥ 400.
   *
   * @param retryAfter the response's {@code Retry-After}, if it had one (429 only)
   */
  public ConnectorApiException map(
      String operation, int status, String body, Optional<Duration> retryAfter) {
    List<SalesforceError> errors = parse(body);
    String code = errors.isEmpty() ? null : errors.get(0).errorCode();
    String message =
        "Salesforce "
            + operation
            + " failed with HTTP "
            + status
            + (errors.isEmpty() ? ": " + abbreviate(body) : ": " + errors);
    if (status == 401) {
      return new AuthenticationException(SYSTEM, status, code, message, null);
    }
    if (REQUEST_LIMIT_EXCEEDED.equals(code)) {
      // A rolling 24-hour allocation: Salesforce gives no reset time (VENDOR-FACTS).
      return new QuotaExhaustedException(SYSTEM, status, code, message, null);
    }
    if (status == 429) {
      return new RateLimitedException(SYSTEM, status, code, message, retryAfter.orElse(null));
    }
    if (UNABLE_TO_LOCK_ROW.equals(code) || status >= 500) {
      return new UpstreamServerException(SYSTEM, status, code, message, null);
    }
    return new InvalidRequestException(SYSTEM, status, code, message, null);
  }

  /** A call that got no response (connection refused or reset, timeout): retryable. */
  public ConnectorApiException mapIo(String operation, IOException failure) {
    return new UpstreamServerException(
        SYSTEM, 0, null, "Salesforce " + operation + " got no response: " + failure, failure);
  }

  /** Salesforce's error array; a body that is not one gives no errors. */
  public List<SalesforceError> parse(String body) {
    if (body == null || body.isBlank()) {
      return List.of();
    }
    try {
      JsonNode root = json.readTree(body);
      JsonNode array = root.isArray() ? root : root.path("errors");
      List<SalesforceError> errors = new ArrayList<>();
      for (JsonNode node : array) {
        errors.add(error(node));
      }
      return errors;
    } catch (IOException e) {
      return List.of();
    }
  }

  /** One error object; collection results name the code {@code statusCode}. */
  public static SalesforceError error(JsonNode node) {
    String code =
        node.hasNonNull("errorCode")
            ? node.path("errorCode").asText()
            : node.path("statusCode").asText(null);
    List<String> fields = new ArrayList<>();
    node.path("fields").forEach(f -> fields.add(f.asText()));
    return new SalesforceError(code, node.path("message").asText(""), fields);
  }

  private static String abbreviate(String body) {
    if (body == null) {
      return "(no body)";
    }
    return body.length() <= 300 ? body : body.substring(0, 300) + "…";
  }
}
