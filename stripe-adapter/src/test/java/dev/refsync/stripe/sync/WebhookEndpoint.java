package dev.refsync.stripe.sync;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A loopback HTTP endpoint standing in for the daemon's webhook route: it hands the raw body and
 * the {@code Stripe-Signature} header to the current pipeline's {@link StripeRuntime#handleWebhook}
 * with {@code PullStep::ingest} as the sink, and answers what the runtime says.
 */
final class WebhookEndpoint implements AutoCloseable {
  private final HttpServer server;
  final AtomicReference<StripePipeline> target = new AtomicReference<>();

  WebhookEndpoint() {
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
          StripePipeline pipeline = target.get();
          WebhookResponse answer =
              pipeline.runtime.handleWebhook(
                  body,
                  exchange.getRequestHeaders().getFirst("Stripe-Signature"),
                  pipeline.pull::ingest);
          byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(answer.status(), out.length);
          try (OutputStream os = exchange.getResponseBody()) {
            os.write(out);
          }
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
