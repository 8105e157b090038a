package dev.refsync.hubspot.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * One HTTP exchange with HubSpot per attempt: bearer token, JSON in and out, rate headers fed to
 * the limiter, failures mapped once by {@link HubSpotErrorMapper}; retries and limits around it by
 * {@link HubSpotResilience}.
 */
final class HubSpotHttp {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  /** Turns a successful answer's JSON (MissingNode for an empty body) into the result. */
  @FunctionalInterface
  interface Reader<T> {
    T read(JsonNode body) throws IOException;
  }

  private final OkHttpClient http;
  private final ObjectMapper json;
  private final HttpUrl baseUrl;
  private final String authorization;
  private final HubSpotErrorMapper errors;
  private final HubSpotResilience resilience;
  private final Map<String, LongAdder> attempts = new ConcurrentHashMap<>();

  HubSpotHttp(
      OkHttpClient http,
      ObjectMapper json,
      HttpUrl baseUrl,
      String token,
      HubSpotErrorMapper errors,
      HubSpotResilience resilience) {
    this.http = http;
    this.json = json;
    this.baseUrl = baseUrl;
    this.authorization = "Bearer " + token;
    this.errors = errors;
    this.resilience = resilience;
  }

  HttpUrl.Builder url(String... segments) {
    HttpUrl.Builder b = baseUrl.newBuilder();
    for (String segment : segments) {
      b.addPathSegments(segment);
    }
    return b;
  }

  <T> T get(String operation, HttpUrl url, Reader<T> reader) {
    return resilience.execute(false, () -> attempt(operation, "GET", url, null, reader));
  }

  <T> T post(String operation, HttpUrl url, Object body, Reader<T> reader) {
    return post(operation, false, url, body, reader);
  }

  <T> T search(String operation, HttpUrl url, Object body, Reader<T> reader) {
    return post(operation, true, url, body, reader);
  }

  private <T> T post(
      String operation, boolean isSearch, HttpUrl url, Object body, Reader<T> reader) {
    String payload;
    try {
      payload = json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot serialise the " + operation + " request", e);
    }
    return resilience.execute(isSearch, () -> attempt(operation, "POST", url, payload, reader));
  }

  /** Attempts sent per operation name (retries included), sorted by name. */
  Map<String, Long> attemptsByOperation() {
    Map<String, Long> out = new TreeMap<>();
    attempts.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  /** Releases the connection pool and dispatcher threads. */
  void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private <T> T attempt(
      String operation, String method, HttpUrl url, String payload, Reader<T> reader) {
    attempts.computeIfAbsent(operation, k -> new LongAdder()).increment();
    Request request =
        new Request.Builder()
            .url(url)
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .method(method, payload == null ? null : RequestBody.create(payload, JSON))
            .build();
    try (Response response = http.newCall(request).execute()) {
      RateHeaders headers = RateHeaders.of(response.headers());
      resilience.observe(headers);
      ResponseBody responseBody = response.body();
      String text = responseBody == null ? "" : responseBody.string();
      if (!response.isSuccessful()) {
        throw errors.fromResponse(operation, response.code(), headers, text);
      }
      return read(operation, response.code(), text, reader);
    } catch (IOException e) {
      throw errors.fromIo(operation, e);
    }
  }

  private <T> T read(String operation, int status, String text, Reader<T> reader) {
    try {
      JsonNode body = text.isBlank() ? MissingNode.getInstance() : json.readTree(text);
      return reader.read(body);
    } catch (IOException | RuntimeException e) {
      throw errors.malformed(operation, status, e);
    }
  }
}
