package dev.refsync.sandbox.salesforce;

import dev.refsync.sandbox.core.EmulatorRequest;
import dev.refsync.sandbox.core.EmulatorResponse;
import dev.refsync.sandbox.core.Handler;
import dev.refsync.sandbox.core.Middleware;
import dev.refsync.sandbox.core.RollingWindowRateLimiter;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Session check and the API allocation around every REST call: an unknown or expired bearer token
 * is a 401 {@code INVALID_SESSION_ID} that costs nothing; then the rolling-24-hour allocation
 * (VENDOR-FACTS: {@code REQUEST_LIMIT_EXCEEDED}, HTTP 403); every REST response, errors included,
 * carries {@code Sforce-Limit-Info: api-usage=USED/LIMIT}. The token endpoint, the version list
 * (public on Salesforce too) and the SOAP Metadata API (which authenticates in its envelope) pass
 * through.
 */
final class SalesforceGate implements Middleware {

  private static final Pattern VERSION = Pattern.compile("v\\d{2,3}\\.\\d");

  private final Sessions sessions;
  private final RollingWindowRateLimiter daily;

  SalesforceGate(SalesforceConfig config, Sessions sessions) {
    this.sessions = sessions;
    this.daily =
        new RollingWindowRateLimiter(
            config.clock(), Duration.ofHours(24), config.dailyApiRequests());
  }

  RollingWindowRateLimiter daily() {
    return daily;
  }

  @Override
  public EmulatorResponse handle(EmulatorRequest request, Handler next) {
    String endpoint = request.endpoint();
    if (endpoint.equals(SalesforceEndpoints.OAUTH_TOKEN)
        || endpoint.equals(SalesforceEndpoints.METADATA)
        || endpoint.equals(SalesforceEndpoints.VERSIONS)) {
      return next.handle(request);
    }
    String version = request.pathParams().get("version");
    if (version != null && !VERSION.matcher(version).matches()) {
      return usage(SalesforceErrors.forStatus(404, "unknown API version " + version));
    }
    String auth = request.header("authorization").orElse("");
    String token = auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).trim() : null;
    if (!sessions.valid(token)) {
      return usage(
          SalesforceErrors.response(
              401, SalesforceErrors.INVALID_SESSION_ID, "Session expired or invalid"));
    }
    if (!daily.tryAcquire().allowed()) {
      return usage(
          SalesforceErrors.response(
              403, SalesforceErrors.REQUEST_LIMIT_EXCEEDED, "TotalRequests Limit exceeded."));
    }
    return usage(next.handle(request));
  }

  private EmulatorResponse usage(EmulatorResponse response) {
    long used = daily.limit() - daily.remaining();
    return response.withHeader("Sforce-Limit-Info", "api-usage=" + used + "/" + daily.limit());
  }
}
