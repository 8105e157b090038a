package dev.refsync.hubspot.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Mounts a {@link HubSpotWebhookHandler} on the JDK's HTTP server for tests, the way the daemon
 * will: raw body bytes, the public URI rebuilt from the bound address, headers as received.
 */
final class WebhookEndpoint implements AutoCloseable {
  static final String PATH = "/webhooks/hubspot";

  private final HttpServer server;

  WebhookEndpoint(HubSpotWebhookHandler handler) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        PATH,
        exchange -> {
          byte[] body;
          try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
          }
          Map<String, String> headers = new LinkedHashMap<>();
          exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, String.join(",", v)));
          String uri = "http://127.0.0.1:" + port() + exchange.getRequestURI().toString();
          WebhookResponse response =
              handler.handle(exchange.getRequestMethod(), uri, headers, body);
          byte[] out = response.body().getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(response.status(), out.length == 0 ? -1 : out.length);
          if (out.length > 0) {
            exchange.getResponseBody().write(out);
          }
          exchange.close();
        });
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  URI target() {
    return URI.create("http://127.0.0.1:" + port() + PATH);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
