package dev.refsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.sandbox.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A bare java.net.http client for the emulator, the tests' stand-in for the real adapter. */
final class SalesforceTestClient {

  static final String V = "/services/data/v62.0";

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

  SalesforceTestClient(URI base, String token) {
    this.base = base;
    this.token = token;
  }

  Response get(String path) {
    return send(builder(path).GET());
  }

  Response get(String path, String header, String value) {
    return send(builder(path).header(header, value).GET());
  }

  Response query(String soql) {
    return get(V + "/query?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8));
  }

  Response queryAll(String soql) {
    return get(V + "/queryAll?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8));
  }

  Response post(String path, String json) {
    return send(builder(path).POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Response patch(String path, String json) {
    return send(builder(path).method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
  }

  Response delete(String path) {
    return send(builder(path).DELETE());
  }

  Response form(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  Response soap(String path, String xml) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "text/xml; charset=UTF-8")
            .header("SOAPAction", "\"\"")
            .POST(HttpRequest.BodyPublishers.ofString(xml)));
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
