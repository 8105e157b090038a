package dev.refsync.hubspot.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.Contact;
import dev.refsync.core.model.Deal;
import dev.refsync.core.store.Cursor;
import dev.refsync.hubspot.client.UpsertInput;
import dev.refsync.sandbox.hubspot.HubSpotWebhookSender.Delivery;
import dev.refsync.sandbox.hubspot.SeedResult;
import dev.refsync.sandbox.hubspot.SeedSpec;
import dev.refsync.sandbox.hubspot.WebhookEvent;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhook deliveries the emulator signs for real API writes, received over HTTP by the runtime and
 * stored through {@code PullStep.ingest}: changed and archived records arrive without a pull; a
 * wrong signature or a stale timestamp is a 401 with nothing read or stored.
 */
class HubSpotRuntimeWebhookIT {
  private PipelineHarness h;
  private RuntimeWebhookEndpoint endpoint;
  private SeedResult seeded;
  private final AtomicInteger ingested = new AtomicInteger();

  @BeforeEach
  void start() {
    h = PipelineHarness.unthrottled();
    seeded = h.hubspot.seed(new SeedSpec(5L, 10, 30, 20));
    h.pullAll();
    h.hubspot.drainWebhookEvents();
    endpoint =
        new RuntimeWebhookEndpoint(
            h.runtime,
            (connection, records, rejected) -> {
              ingested.incrementAndGet();
              return h.pull.ingest(connection, records, rejected);
            });
  }

  @AfterEach
  void stop() {
    endpoint.close();
    h.close();
  }

  @Test
  void aChangedDealAndAnArchivedContactAreStoredWithoutAPullAndWithoutMovingACursor()
      throws Exception {
    String deal = seeded.dealIds().get(0);
    String contact = seeded.contactIds().get(0);
    Optional<Cursor> cursorBefore = cursor("deals");
    h.clock.advance(Duration.ofSeconds(5));
    h.admin.batchUpdate("deals", List.of(new UpsertInput(deal, Map.of("amount", "4242.00"))));
    h.admin.batchArchive("contacts", List.of(contact));
    List<WebhookEvent> events = h.hubspot.drainWebhookEvents();
    long searches = h.count("objects.search");

    List<Delivery> deliveries =
        h.hubspot
            .webhooks()
            .sendAll(endpoint.target(), PipelineHarness.WEBHOOK_SECRET.reveal(), events);
    // At-least-once and unordered: the same events again, reversed, change nothing.
    List<Delivery> again =
        h.hubspot
            .webhooks()
            .sendAll(endpoint.target(), PipelineHarness.WEBHOOK_SECRET.reveal(), reversed(events));

    assertThat(deliveries).extracting(Delivery::status).containsOnly(204);
    assertThat(again).extracting(Delivery::status).containsOnly(204);
    CanonicalDataset data = h.store.inTransaction(tx -> tx.snapshots().loadDataset());
    assertThat(data.deals())
        .filteredOn(d -> d.id().equals(deal))
        .singleElement()
        .extracting(Deal::amount)
        .satisfies(a -> assertThat(a).isEqualByComparingTo("4242.00"));
    assertThat(data.contacts()).extracting(Contact::id).doesNotContain(contact);
    assertThat(h.count("objects.search")).isEqualTo(searches);
    assertThat(cursor("deals")).isEqualTo(cursorBefore);
  }

  @Test
  void anotherSecretIsRefusedWith401AndNothingIsReadOrStored() throws Exception {
    h.clock.advance(Duration.ofSeconds(5));
    h.admin.batchUpdate(
        "deals", List.of(new UpsertInput(seeded.dealIds().get(1), Map.of("amount", "1.00"))));
    List<WebhookEvent> events = h.hubspot.drainWebhookEvents();
    long requests = h.hubspot.totalRequests();

    List<Delivery> deliveries =
        h.hubspot.webhooks().sendAll(endpoint.target(), "another-apps-secret", events);

    assertThat(deliveries).extracting(Delivery::status).containsOnly(401);
    assertThat(ingested).hasValue(0);
    assertThat(h.hubspot.totalRequests()).isEqualTo(requests);
  }

  @Test
  void aDeliveryReplayedFiveMinutesAndOneSecondLaterIsRefusedWith401() throws Exception {
    h.clock.advance(Duration.ofSeconds(5));
    h.admin.batchUpdate(
        "deals", List.of(new UpsertInput(seeded.dealIds().get(2), Map.of("amount", "2.00"))));
    List<WebhookEvent> events = h.hubspot.drainWebhookEvents();
    Delivery genuine =
        h.hubspot
            .webhooks()
            .send(endpoint.target(), PipelineHarness.WEBHOOK_SECRET.reveal(), events);
    assertThat(genuine.status()).isEqualTo(204);
    int ingestedOnce = ingested.get();
    long requests = h.hubspot.totalRequests();

    h.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
    int status = post(genuine);

    assertThat(status).isEqualTo(401);
    assertThat(ingested).hasValue(ingestedOnce);
    assertThat(h.hubspot.totalRequests()).isEqualTo(requests);
  }

  private int post(Delivery delivery) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint.target())
            .header("Content-Type", "application/json")
            .header("X-HubSpot-Signature-v3", delivery.signature())
            .header("X-HubSpot-Request-Timestamp", Long.toString(delivery.timestamp()))
            .POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static List<WebhookEvent> reversed(List<WebhookEvent> events) {
    List<WebhookEvent> out = new java.util.ArrayList<>(events);
    java.util.Collections.reverse(out);
    return out;
  }

  private Optional<Cursor> cursor(String type) {
    return h.store.inTransaction(tx -> tx.cursors().get(PipelineHarness.CONNECTION, type));
  }
}
