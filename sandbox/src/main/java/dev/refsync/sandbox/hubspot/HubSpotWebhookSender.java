package dev.refsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.refsync.sandbox.core.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Delivers webhook events the way HubSpot does: a POST whose body is a JSON array of at most 100
 * events, signed with {@code X-HubSpot-Signature-v3} and {@code X-HubSpot-Request-Timestamp} (epoch
 * ms from the emulator clock).
 */
public final class HubSpotWebhookSender {

  /** HubSpot sends at most 100 events per request. */
  public static final int MAX_EVENTS_PER_REQUEST = 100;

  /** What one POST carried and how the receiver answered. */
  public record Delivery(
      int status, String body, String signature, long timestamp, int eventCount) {}

  private final HttpClient http;
  private final Clock clock;

  HubSpotWebhookSender(Clock clock) {
    this.clock = clock;
    // HubSpot gives receivers 5 s before counting a delivery as failed.
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** Sends one batch; more than 100 events is a caller error (use {@link #sendAll}). */
  public Delivery send(URI target, String clientSecret, List<WebhookEvent> events)
      throws IOException, InterruptedException {
    if (events.isEmpty() || events.size() > MAX_EVENTS_PER_REQUEST) {
      throw new IllegalArgumentException(
          "a delivery carries 1 to " + MAX_EVENTS_PER_REQUEST + " events, got " + events.size());
    }
    ArrayNode array = Json.array();
    events.forEach(e -> array.add(e.toJson()));
    String body = Json.text(array);
    long timestamp = clock.millis();
    String signature =
        HubSpotSignatures.v3(clientSecret, "POST", target.toString(), body, timestamp);
    HttpRequest request =
        HttpRequest.newBuilder(target)
            .timeout(Duration.ofSeconds(5))
            .header("Content-Type", "application/json")
            .header("X-HubSpot-Signature-v3", signature)
            .header("X-HubSpot-Request-Timestamp", Long.toString(timestamp))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new Delivery(response.statusCode(), body, signature, timestamp, events.size());
  }

  /** Splits {@code events} into deliveries of at most 100, in order. */
  public List<Delivery> sendAll(URI target, String clientSecret, List<WebhookEvent> events)
      throws IOException, InterruptedException {
    List<Delivery> out = new ArrayList<>();
    for (int i = 0; i < events.size(); i += MAX_EVENTS_PER_REQUEST) {
      out.add(
          send(
              target,
              clientSecret,
              events.subList(i, Math.min(events.size(), i + MAX_EVENTS_PER_REQUEST))));
    }
    return out;
  }
}
