package dev.refsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.refsync.sandbox.core.Json;
import dev.refsync.sandbox.core.MutableClock;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HubSpotWebhookIT {

  private static final String SECRET = "client-secret-for-tests";

  private record Received(String signature, String timestamp, String body) {}

  private final MutableClock clock = new MutableClock(Instant.parse("2026-08-01T12:00:00.123Z"));
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private HubSpotEmulator hubspot;
  private HttpServer receiver;
  private URI target;

  @BeforeEach
  void start() throws Exception {
    hubspot = HubSpotEmulator.start(HubSpotConfig.defaults(HubSpotTestClient.TOKEN, clock));
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/hooks/hubspot",
        ex -> {
          String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(
              new Received(
                  ex.getRequestHeaders().getFirst("X-HubSpot-Signature-v3"),
                  ex.getRequestHeaders().getFirst("X-HubSpot-Request-Timestamp"),
                  body));
          ex.sendResponseHeaders(204, -1);
          ex.close();
        });
    receiver.start();
    target =
        URI.create(
            "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/hubspot?portal=1");
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
    hubspot.close();
  }

  @Test
  void theSignatureVerifiesWithAnIndependentHmacOverMethodUriBodyAndTimestamp() throws Exception {
    HubSpotTestClient client = new HubSpotTestClient(hubspot.baseUri());
    client.post("/crm/v3/objects/deals", "{\"properties\":{\"dealname\":\"Signed\"}}");
    List<WebhookEvent> events = hubspot.drainWebhookEvents();

    HubSpotWebhookSender.Delivery delivery = hubspot.webhooks().send(target, SECRET, events);

    assertThat(delivery.status()).isEqualTo(204);
    Received r = received.get(0);
    assertThat(r.timestamp()).isEqualTo(Long.toString(clock.millis()));
    String expected = hmacBase64(SECRET, "POST" + target + r.body() + r.timestamp());
    assertThat(r.signature()).isEqualTo(expected);
    assertThat(hmacBase64("another-secret", "POST" + target + r.body() + r.timestamp()))
        .isNotEqualTo(r.signature());
  }

  @Test
  void eventsUseTheV3ArrayFormatAndRecordWhatChanged() throws Exception {
    HubSpotTestClient client = new HubSpotTestClient(hubspot.baseUri());
    String id =
        client
            .post("/crm/v3/objects/contacts", "{\"properties\":{\"email\":\"w@x.example\"}}")
            .json()
            .path("id")
            .asText();
    clock.advance(Duration.ofSeconds(3));
    client.patch("/crm/v3/objects/contacts/" + id, "{\"properties\":{\"firstname\":\"Wen\"}}");

    hubspot.webhooks().send(target, SECRET, hubspot.drainWebhookEvents());

    JsonNode body = Json.parse(received.get(0).body());
    assertThat(body.isArray()).isTrue();
    assertThat(body).hasSize(2);
    JsonNode creation = body.get(0);
    assertThat(creation.path("subscriptionType").asText()).isEqualTo("contact.creation");
    assertThat(creation.path("objectId").asText()).isEqualTo(id);
    assertThat(creation.path("portalId").asLong()).isEqualTo(62_515_555L);
    assertThat(creation.path("appId").asLong()).isEqualTo(HubSpotEmulator.APP_ID);
    assertThat(creation.path("occurredAt").asLong())
        .isEqualTo(Instant.parse("2026-08-01T12:00:00.123Z").toEpochMilli());
    JsonNode change = body.get(1);
    assertThat(change.path("subscriptionType").asText()).isEqualTo("contact.propertyChange");
    assertThat(change.path("propertyName").asText()).isEqualTo("firstname");
    assertThat(change.path("propertyValue").asText()).isEqualTo("Wen");
    assertThat(change.path("eventId").asLong()).isGreaterThan(creation.path("eventId").asLong());
  }

  @Test
  void sendAllSplitsIntoDeliveriesOfAtMost100() throws Exception {
    List<WebhookEvent> events = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      events.add(
          new WebhookEvent(i, 1, 2, 3, 4, "deal.creation", 0, 1000 + i, null, null, "API", null));
    }

    List<HubSpotWebhookSender.Delivery> deliveries =
        hubspot.webhooks().sendAll(target, SECRET, events);

    assertThat(deliveries)
        .extracting(HubSpotWebhookSender.Delivery::eventCount)
        .containsExactly(100, 100, 50);
    assertThat(received).hasSize(3);
    assertThatThrownBy(() -> hubspot.webhooks().send(target, SECRET, events))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String hmacBase64(String secret, String data) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
  }
}
