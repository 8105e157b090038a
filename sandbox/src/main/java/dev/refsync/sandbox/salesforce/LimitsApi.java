package dev.refsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.EmulatorResponse;
import dev.refsync.sandbox.core.EmulatorServer;
import dev.refsync.sandbox.core.Json;
import dev.refsync.sandbox.core.RateLimiter;

/**
 * {@code GET /limits} ({@code DailyApiRequests {Max, Remaining}}) and {@code GET /services/data}
 * (the API versions the org serves).
 */
final class LimitsApi {

  private final RateLimiter daily;

  LimitsApi(RateLimiter daily) {
    this.daily = daily;
  }

  void register(EmulatorServer.Builder builder) {
    builder.route(
        "GET",
        "/services/data/{version}/limits",
        SalesforceEndpoints.LIMITS,
        r -> {
          ObjectNode body = Json.object();
          ObjectNode api = body.putObject("DailyApiRequests");
          api.put("Max", daily.limit());
          api.put("Remaining", daily.remaining());
          return EmulatorResponse.json(200, body);
        });
    builder.route(
        "GET",
        "/services/data",
        SalesforceEndpoints.VERSIONS,
        r -> {
          ArrayNode body = Json.array();
          ObjectNode v = body.addObject();
          v.put("label", "Winter '25");
          v.put("url", "/services/data/v62.0");
          v.put("version", "62.0");
          return EmulatorResponse.json(200, body);
        });
  }
}
