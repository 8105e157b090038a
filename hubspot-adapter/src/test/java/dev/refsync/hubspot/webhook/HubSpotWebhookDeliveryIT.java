package dev.refsync.hubspot.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.config.Secret;
import dev.refsync.sandbox.core.MutableClock;
import dev.refsync.sandbox.hubspot.HubSpotConfig;
import dev.refsync.sandbox.hubspot.HubSpotEmulator;
import dev.refsync.sandbox.hubspot.HubSpotSignatures;
import dev.refsync.sandbox.hubspot.HubSpotWebhookSender.Delivery;
import dev.refsync.sandbox.hubspot.WebhookEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deliveries signed by the HubSpot emulator's webhook sender, received over HTTP by the handler:
 * real events from real API writes are accepted; another secret, a tampered body, a stale timestamp
 * and an oversized batch reach nothing; duplicates and reordering change nothing.
 */
class HubSpotWebhookDeliveryIT {
  private static final String TOKEN = "pat-na1-webhook-it-0123456789";
  private static final String SECRET = "app-client-secret-8d2e";

  private final MutableClock hubspotClock = new MutableClock(Instant.parse("2026-05-04T09:00:00Z"));
  private final MutableClock ourClock = new MutableClock(hubspotClock.instant());
  private final List<List<HubSpotWebhookEvent>> received = new CopyOnWriteArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private HubSpotEmulator hubspot;
  private WebhookEndpoint endpoint;

  @BeforeEach
  void start() {
    hubspot = HubSpotEmulator.start(HubSpotConfig.defaults(TOKEN, hubspotClock));
    endpoint =
        new WebhookEndpoint(
            new HubSpotWebhookHandler(
                new HubSpotWebhookVerifier(Secret.of(SECRET), ourClock), received::add));
  }

  @AfterEach
  void stop() {
    endpoint.close();
    hubspot.close();
  }

  @Test
  void aSignedBatchOfRealChangesIsHandedToTheSink() throws Exception {
    List<String> ids = List.of(createDeal("Acme"), createDeal("Globex"));
    updateDeal(ids.get(0), "amount", "1200.00");
    List<WebhookEvent> events = hubspot.drainWebhookEvents();

    List<Delivery> deliveries = hubspot.webhooks().sendAll(endpoint.target(), SECRET, events);

    assertThat(deliveries).extracting(Delivery::status).containsOnly(204);
    assertThat(received).hasSize(1);
    assertThat(received.get(0))
        .extracting(HubSpotWebhookEvent::eventId)
        .containsExactlyElementsOf(events.stream().map(WebhookEvent::eventId).toList());
    assertThat(ChangedObject.of(received.get(0)))
        .containsExactlyInAnyOrderElementsOf(
            ids.stream().map(id -> new ChangedObject("deals", id)).toList());
    assertThat(received.get(0))
        .filteredOn(e -> "amount".equals(e.propertyName()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.subscriptionType()).isEqualTo("deal.propertyChange");
              assertThat(e.propertyValue()).isEqualTo("1200.00");
            });
  }

  @Test
  void anotherSecretIsRefusedWith401AndStoresNothing() throws Exception {
    createDeal("Acme");

    List<Delivery> deliveries =
        hubspot
            .webhooks()
            .sendAll(endpoint.target(), "not-the-secret", hubspot.drainWebhookEvents());

    assertThat(deliveries).extracting(Delivery::status).containsExactly(401);
    assertThat(received).isEmpty();
  }

  @Test
  void aTamperedBodyIsRefusedWith401AndStoresNothing() throws Exception {
    createDeal("Acme");
    // A genuine delivery, captured, then replayed with an altered body and the original headers.
    Delivery genuine =
        hubspot.webhooks().send(endpoint.target(), SECRET, hubspot.drainWebhookEvents());
    received.clear();

    int status =
        post(
            genuine.body().replace("\"objectId\":", "\"objectId\":1"),
            genuine.signature(),
            genuine.timestamp());

    assertThat(genuine.status()).isEqualTo(204);
    assertThat(status).isEqualTo(401);
    assertThat(received).isEmpty();
  }

  @Test
  void aDeliveryFiveMinutesAndOneSecondOldIsRefused() throws Exception {
    createDeal("Acme");
    ourClock.set(hubspotClock.instant().plus(Duration.ofMinutes(5).plusSeconds(1)));

    List<Delivery> deliveries =
        hubspot.webhooks().sendAll(endpoint.target(), SECRET, hubspot.drainWebhookEvents());

    assertThat(deliveries).extracting(Delivery::status).containsExactly(401);
    assertThat(received).isEmpty();
  }

  @Test
  void aHundredAndOneEventsAreRefusedWith400() throws Exception {
    String body =
        IntStream.rangeClosed(1, 101)
            .mapToObj(
                i ->
                    "{\"eventId\":"
                        + i
                        + ",\"occurredAt\":"
                        + hubspotClock.millis()
                        + ",\"objectId\":"
                        + i
                        + ",\"subscriptionType\":\"deal.creation\",\"portalId\":1}")
            .collect(Collectors.joining(",", "[", "]"));
    long ts = hubspotClock.millis();

    int status =
        post(
            body, HubSpotSignatures.v3(SECRET, "POST", endpoint.target().toString(), body, ts), ts);

    assertThat(status).isEqualTo(400);
    assertThat(received).isEmpty();
  }

  @Test
  void duplicateAndReorderedDeliveriesYieldTheSameChangedObjects() throws Exception {
    String a = createDeal("Acme");
    String b = createDeal("Globex");
    updateDeal(a, "amount", "10.00");
    updateDeal(b, "dealname", "Globex renewal");
    updateDeal(a, "amount", "20.00");
    List<WebhookEvent> events = hubspot.drainWebhookEvents();

    hubspot.webhooks().sendAll(endpoint.target(), SECRET, events);
    Set<ChangedObject> once = ChangedObject.of(flatten());
    List<WebhookEvent> reversed = new ArrayList<>(events);
    Collections.reverse(reversed);
    hubspot.webhooks().sendAll(endpoint.target(), SECRET, reversed);
    hubspot.webhooks().sendAll(endpoint.target(), SECRET, events);

    assertThat(received).hasSize(3);
    assertThat(once)
        .containsExactlyInAnyOrder(new ChangedObject("deals", a), new ChangedObject("deals", b));
    assertThat(ChangedObject.of(flatten())).isEqualTo(once);
    assertThat(ChangedObject.of(received.get(1))).isEqualTo(once);
  }

  private List<HubSpotWebhookEvent> flatten() {
    return received.stream().flatMap(List::stream).toList();
  }

  private int post(String body, String signature, long timestamp) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint.target())
            .header("Content-Type", "application/json")
            .header("X-HubSpot-Signature-v3", signature)
            .header("X-HubSpot-Request-Timestamp", Long.toString(timestamp))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private String createDeal(String name) throws Exception {
    String json =
        crm("POST", "crm/v3/objects/deals", "{\"properties\":{\"dealname\":\"" + name + "\"}}");
    int start = json.indexOf("\"id\":\"") + 6;
    return json.substring(start, json.indexOf('"', start));
  }

  private void updateDeal(String id, String property, String value) throws Exception {
    crm(
        "PATCH",
        "crm/v3/objects/deals/" + id,
        "{\"properties\":{\"" + property + "\":\"" + value + "\"}}");
  }

  private String crm(String method, String path, String body) throws Exception {
    URI uri = hubspot.baseUri().resolve("/" + path);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isBetween(200, 201);
    return response.body();
  }
}
