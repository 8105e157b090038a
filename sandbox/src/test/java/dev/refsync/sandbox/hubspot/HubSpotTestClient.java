package dev.refsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.sandbox.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A bare java.net.http client for the emulator, as the tests' stand-in for the real adapter. */
final class HubSpotTestClient {

  static final String TOKEN = "pat-na1-11111111-2222-3333-4444-555555555555";

  record Response(int status, HttpHeaders headers, String raw) {
    JsonNode json() {
      return Json.parse(raw);
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;
  private final String token;

  HubSpotTestClient(URI base) {
    this(base, TOKEN);
  }

  HubSpotTestClient(URI base, String token) {
    this.base = base;
    this.token = token;
  }

  Response get(String path) {
    return send(builder(path).GET());
  }

  Response post(String path, String json) {
    return send(builder(path).POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Response post(String path, JsonNode json) {
    return post(path, Json.text(json));
  }

  Response patch(String path, String json) {
    return send(builder(path).method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
  }

  Response delete(String path) {
    return send(builder(path).DELETE());
  }

  /** Lets IOExceptions through, for connection-reset assertions. */
  Response postRaw(String path, String json) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            builder(path).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
            HttpResponse.BodyHandlers.ofString());
    return new Response(r.statusCode(), r.headers(), r.body());
  }

  private HttpRequest.Builder builder(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private Response send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
