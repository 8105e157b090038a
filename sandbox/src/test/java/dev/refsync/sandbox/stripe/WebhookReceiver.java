package dev.refsync.sandbox.stripe;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A loopback endpoint that records every webhook POST it receives and answers 200. */
final class WebhookReceiver implements AutoCloseable {

  record Received(String body, String signature, String contentType) {}

  final List<Received> received = new CopyOnWriteArrayList<>();
  private final HttpServer server;

  WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/stripe/webhook",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(
              new Received(
                  body,
                  exchange.getRequestHeaders().getFirst("Stripe-Signature"),
                  exchange.getRequestHeaders().getFirst("Content-Type")));
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/stripe/webhook");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
