package dev.refsync.sandbox.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers. Headers are mutable so middleware (rate-limit headers) can add some. */
public record EmulatorResponse(int status, Map<String, String> headers, byte[] body) {

  public static EmulatorResponse json(int status, JsonNode body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json;charset=utf-8");
    return new EmulatorResponse(status, headers, Json.bytes(body));
  }

  public static EmulatorResponse empty(int status) {
    return new EmulatorResponse(status, new LinkedHashMap<>(), new byte[0]);
  }

  public EmulatorResponse withHeader(String name, String value) {
    headers.put(name, value);
    return this;
  }
}
