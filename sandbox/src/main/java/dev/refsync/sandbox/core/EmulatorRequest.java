package dev.refsync.sandbox.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as a handler sees it.
 *
 * @param endpoint the name of the matched route, used for request counting and fault targeting
 * @param headers header names lower-cased
 * @param query query parameters in arrival order (a repeated name keeps every value)
 */
public record EmulatorRequest(
    String method,
    URI uri,
    String endpoint,
    Map<String, String> pathParams,
    Map<String, List<String>> query,
    Map<String, List<String>> headers,
    byte[] body) {

  public EmulatorRequest {
    pathParams = Map.copyOf(pathParams);
    query = Map.copyOf(query);
    headers = Map.copyOf(headers);
  }

  public String pathParam(String name) {
    String value = pathParams.get(name);
    if (value == null) {
      throw new IllegalArgumentException("route has no path parameter '" + name + "'");
    }
    return value;
  }

  public Optional<String> queryParam(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Every value of a query parameter, splitting comma-separated lists as most vendors accept. */
  public List<String> queryList(String name) {
    List<String> out = new ArrayList<>();
    for (String v : query.getOrDefault(name, List.of())) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }

  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The body as a JSON tree; see {@link Json#parse(byte[])} for the failure mode. */
  public JsonNode json() {
    return Json.parse(body);
  }

  static Map<String, List<String>> parseQuery(String rawQuery) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      out.computeIfAbsent(decode(k), x -> new ArrayList<>()).add(decode(v));
    }
    return out;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
