package dev.refsync.sandbox.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.sandbox.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A bare java.net.http client speaking Stripe's form-encoded v1 API, for wire-level tests. */
final class StripeTestClient {

  static final String KEY = "sk_test_51EmulatorKey0000000000000000";

  record Response(int status, HttpHeaders headers, String raw) {
    JsonNode json() {
      return Json.parse(raw);
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    JsonNode error() {
      return json().path("error");
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;
  private final String key;

  StripeTestClient(URI base) {
    this(base, KEY);
  }

  StripeTestClient(URI base, String key) {
    this.base = base;
    this.key = key;
  }

  Response get(String pathAndQuery) {
    return send(builder(pathAndQuery).GET());
  }

  Response post(String path, String form) {
    return send(builder(path).POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  Response post(String path, String form, String idempotencyKey) {
    return send(
        builder(path)
            .header("Idempotency-Key", idempotencyKey)
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  Response delete(String path) {
    return send(builder(path).DELETE());
  }

  /**
   * Lets IOExceptions through, for connection-reset assertions. A POST, because the JDK client
   * silently retries a GET once on a dropped connection.
   */
  Response postRaw(String path, String form) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            builder(path).POST(HttpRequest.BodyPublishers.ofString(form)).build(),
            HttpResponse.BodyHandlers.ofString());
    return new Response(r.statusCode(), r.headers(), r.body());
  }

  private HttpRequest.Builder builder(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded");
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
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
