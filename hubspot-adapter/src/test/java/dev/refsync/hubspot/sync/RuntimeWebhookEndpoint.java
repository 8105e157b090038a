package dev.refsync.hubspot.sync;

import com.sun.net.httpserver.HttpServer;
import dev.refsync.hubspot.webhook.WebhookResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Mounts {@link HubSpotRuntime#handleWebhook} on the JDK's HTTP server the way the daemon will: raw
 * body bytes, the public URI rebuilt from the bound address, headers as received.
 */
final class RuntimeWebhookEndpoint implements AutoCloseable {
  static final String PATH = "/webhooks/hubspot";

  private final HttpServer server;

  RuntimeWebhookEndpoint(HubSpotRuntime runtime, RecordIngest ingest) {
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
              runtime.handleWebhook(exchange.getRequestMethod(), uri, headers, body, ingest);
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
