package dev.refsync.stripe.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stripe.model.Event;
import com.sun.net.httpserver.HttpServer;
import dev.refsync.core.config.Secret;
import dev.refsync.sandbox.stripe.StripeSeedSpec;
import dev.refsync.sandbox.stripe.StripeWebhookSender.Delivery;
import dev.refsync.stripe.StripeEmulatorFixture;
import dev.refsync.stripe.config.StripeConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Deliveries signed by the emulator's webhook sender, verified by an endpoint using the verifier.
 */
class StripeWebhookVerifierIT {
  private final StripeEmulatorFixture f =
      new StripeEmulatorFixture(new StripeSeedSpec(5, 3, 1, 1, 0, 1));
  private final StripeWebhookVerifier verifier = new StripeWebhookVerifier(f.config(), f.clock);
  private final List<Event> accepted = new CopyOnWriteArrayList<>();
  private final HttpServer endpoint = endpoint();

  @AfterEach
  void stop() {
    endpoint.stop(0);
    f.close();
  }

  /** Answers 200 for a verified delivery and 400 otherwise, as a webhook endpoint must. */
  private HttpServer endpoint() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/webhooks/stripe",
          exchange -> {
            String body =
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status;
            try {
              accepted.add(
                  verifier.verify(body, exchange.getRequestHeaders().getFirst("Stripe-Signature")));
              status = 200;
            } catch (InvalidWebhookSignatureException e) {
              status = 400;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private URI uri() {
    return URI.create("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/webhooks/stripe");
  }

  private String anEventId() {
    return f.stripe.events().get(0).get("id").asText();
  }

  @Test
  void aDeliverySignedWithTheEndpointSecretIsAccepted() throws Exception {
    String id = anEventId();
    Delivery d = f.stripe.deliverEvent(uri(), StripeEmulatorFixture.WEBHOOK_SECRET, id);
    assertThat(d.status()).isEqualTo(200);
    assertThat(accepted).extracting(Event::getId).containsExactly(id);
    assertThat(accepted.get(0).getDataObjectDeserializer().getObject()).isPresent();
  }

  @Test
  void aDeliverySignedWithAnotherSecretIsRefused() throws Exception {
    Delivery d = f.stripe.deliverEvent(uri(), "whsec_someone_else", anEventId());
    assertThat(d.status()).isEqualTo(400);
    assertThat(accepted).isEmpty();
  }

  @Test
  void aTamperedOrStaleDeliveryIsRejected() throws Exception {
    Delivery d = f.stripe.deliverEvent(uri(), StripeEmulatorFixture.WEBHOOK_SECRET, anEventId());
    assertThatThrownBy(
            () ->
                verifier.verify(
                    d.body().replace("\"livemode\":false", "\"livemode\":true"),
                    d.signatureHeader()))
        .isInstanceOf(InvalidWebhookSignatureException.class);

    f.clock.advance(Duration.ofSeconds(301));
    assertThatThrownBy(() -> verifier.verify(d.body(), d.signatureHeader()))
        .isInstanceOf(InvalidWebhookSignatureException.class)
        .hasMessageContaining("tolerance")
        .hasMessageNotContaining(StripeEmulatorFixture.WEBHOOK_SECRET);
  }

  @Test
  void aLongerConfiguredToleranceAcceptsAnOlderDelivery() throws Exception {
    Delivery d = f.stripe.deliverEvent(uri(), StripeEmulatorFixture.WEBHOOK_SECRET, anEventId());
    StripeConfig c = f.config();
    StripeWebhookVerifier lenient =
        new StripeWebhookVerifier(
            new StripeConfig(
                c.secretKey(),
                c.apiBase(),
                Secret.of(StripeEmulatorFixture.WEBHOOK_SECRET),
                Duration.ofSeconds(600),
                c.maxNetworkRetries(),
                c.connectTimeout(),
                c.readTimeout(),
                c.eventsPageSize(),
                c.eventRetention(),
                c.accountIdMetadataKey()),
            f.clock);
    f.clock.advance(Duration.ofSeconds(301));
    assertThat(lenient.verify(d.body(), d.signatureHeader()).getId()).isEqualTo(anEventId());
  }
}
