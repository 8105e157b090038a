package dev.refsync.hubspot.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.refsync.core.error.AuthenticationException;
import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.core.error.InvalidRequestException;
import dev.refsync.core.error.QuotaExhaustedException;
import dev.refsync.core.error.RateLimitedException;
import dev.refsync.core.error.UpstreamServerException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The one place HubSpot failures become the core exception hierarchy (DESIGN 11). Input: the HTTP
 * status, the rate headers and HubSpot's error body ({@code status, message, category, errorType,
 * policyName, correlationId}). Messages carry the correlation id (HubSpot support asks for it) and
 * never the access token.
 */
public final class HubSpotErrorMapper {
  public static final String SYSTEM = "HUBSPOT";

  /** VENDOR-FACTS "423 Locked: wait ≥ 2 s". */
  static final Duration LOCKED_WAIT = Duration.ofSeconds(2);

  /** HubSpot's burst window, used when a 429 names the policy but sends no window header. */
  static final Duration TEN_SECONDLY_WINDOW = Duration.ofSeconds(10);

  static final Duration SECONDLY_WINDOW = Duration.ofSeconds(1);

  private final ObjectMapper json;
  private final Clock clock;
  private final ZoneId portalZone;
  private final String token;

  /**
   * @param portalZone the account's zone: HubSpot resets the DAILY limit at its midnight; UTC when
   *     the account's zone is not configured
   * @param token the access token, only to scrub it from any echoed text
   */
  public HubSpotErrorMapper(ObjectMapper json, Clock clock, ZoneId portalZone, String token) {
    this.json = json;
    this.clock = clock;
    this.portalZone = portalZone;
    this.token = token;
  }

  /** A non-2xx response. */
  public ConnectorApiException fromResponse(
      String operation, int status, RateHeaders headers, String body) {
    ErrorBody error = parse(body);
    String code = error.code();
    String message = message(operation, status, error);
    if (status == 401 || status == 403) {
      return new AuthenticationException(SYSTEM, status, code, message, null);
    }
    if (status == 429) {
      if ("DAILY".equals(error.policyName())) {
        return new QuotaExhaustedException(SYSTEM, status, "DAILY", message, nextMidnight());
      }
      return new RateLimitedException(
          SYSTEM, status, code, message, rateLimitWait(headers, error.policyName()));
    }
    if (status == 423) {
      Duration wait = retryAfter(headers);
      return new RateLimitedException(
          SYSTEM,
          status,
          code,
          message,
          wait != null && wait.compareTo(LOCKED_WAIT) > 0 ? wait : LOCKED_WAIT);
    }
    if (status >= 500) {
      return new UpstreamServerException(SYSTEM, status, code, message, null);
    }
    return new InvalidRequestException(SYSTEM, status, code, message, null);
  }

  /** No (complete) response: connection reset, timeout, refused connection. */
  public UpstreamServerException fromIo(String operation, IOException failure) {
    return new UpstreamServerException(
        SYSTEM,
        0,
        null,
        scrub("HubSpot " + operation + " failed without a response: " + failure),
        failure);
  }

  /** A 2xx response whose body is not the JSON HubSpot documents (e.g. cut off). */
  public UpstreamServerException malformed(String operation, int status, Exception failure) {
    return new UpstreamServerException(
        SYSTEM,
        status,
        "MALFORMED_RESPONSE",
        scrub(
            "HubSpot "
                + operation
                + " answered HTTP "
                + status
                + " with an unreadable body: "
                + failure.getMessage()),
        failure);
  }

  /**
   * Retry-After (seconds or an HTTP date), else the window HubSpot reports, else the policy's
   * documented window (10 s for TEN_SECONDLY_ROLLING and unknown policies, 1 s for SECONDLY).
   */
  private Duration rateLimitWait(RateHeaders headers, String policyName) {
    Duration retryAfter = retryAfter(headers);
    if (retryAfter != null) {
      return retryAfter;
    }
    if (headers.interval() != null) {
      return headers.interval();
    }
    return "SECONDLY".equals(policyName) ? SECONDLY_WINDOW : TEN_SECONDLY_WINDOW;
  }

  private Duration retryAfter(RateHeaders headers) {
    String value = headers.retryAfter();
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long seconds = Long.parseLong(value.trim());
      return seconds >= 0 ? Duration.ofSeconds(seconds) : null;
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at =
            ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration wait = Duration.between(clock.instant(), at);
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }

  private Instant nextMidnight() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), portalZone);
    return today.plusDays(1).atStartOfDay(portalZone).toInstant();
  }

  private ErrorBody parse(String body) {
    if (body == null || body.isBlank()) {
      return ErrorBody.EMPTY;
    }
    try {
      JsonNode n = json.readTree(body);
      return new ErrorBody(
          text(n, "message"),
          text(n, "category"),
          text(n, "errorType"),
          text(n, "policyName"),
          text(n, "correlationId"));
    } catch (IOException notJson) {
      String excerpt = body.length() > 200 ? body.substring(0, 200) + "…" : body;
      return new ErrorBody(excerpt, null, null, null, null);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private String message(String operation, int status, ErrorBody error) {
    StringBuilder b = new StringBuilder("HubSpot ").append(operation).append(" failed: HTTP ");
    b.append(status);
    if (error.code() != null) {
      b.append(' ').append(error.code());
    }
    if (error.policyName() != null) {
      b.append(" (policy ").append(error.policyName()).append(')');
    }
    b.append(": ").append(error.message() == null ? "no error message" : error.message());
    if (error.correlationId() != null) {
      b.append(" [correlationId ").append(error.correlationId()).append(']');
    }
    return scrub(b.toString());
  }

  private String scrub(String text) {
    return token == null || token.isEmpty() ? text : text.replace(token, "****");
  }

  private record ErrorBody(
      String message, String category, String errorType, String policyName, String correlationId) {
    static final ErrorBody EMPTY = new ErrorBody(null, null, null, null, null);

    String code() {
      return category != null ? category : errorType;
    }
  }
}
