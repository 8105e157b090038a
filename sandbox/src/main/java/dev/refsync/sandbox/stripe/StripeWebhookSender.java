package dev.refsync.sandbox.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.sandbox.core.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

/**
 * Delivers one event the way Stripe does: a POST of the event JSON with {@code Content-Type:
 * application/json; charset=utf-8} and a {@code Stripe-Signature} header timed by the emulator
 * clock. Stripe retries failed deliveries for days and may deliver out of order or twice; tests
 * reproduce that by calling {@link #send} again.
 */
public final class StripeWebhookSender {

  /** What one POST carried and how the receiver answered. */
  public record Delivery(int status, String body, String signatureHeader, long timestamp) {}

  private final HttpClient http;
  private final Clock clock;

  StripeWebhookSender(Clock clock) {
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  public Delivery send(URI target, String endpointSecret, JsonNode event)
      throws IOException, InterruptedException {
    if (!"event".equals(event.path("object").asText())) {
      throw new IllegalArgumentException(
          "only event objects are delivered, got " + event.path("object"));
    }
    String body = Json.text(event);
    long timestamp = clock.instant().getEpochSecond();
    String header = StripeSignatures.header(endpointSecret, timestamp, body);
    HttpRequest request =
        HttpRequest.newBuilder(target)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json; charset=utf-8")
            .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
            .header("Stripe-Signature", header)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new Delivery(response.statusCode(), body, header, timestamp);
  }
}
