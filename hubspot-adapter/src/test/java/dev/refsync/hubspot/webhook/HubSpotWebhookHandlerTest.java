package dev.refsync.hubspot.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.config.Secret;
import dev.refsync.sandbox.hubspot.HubSpotSignatures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Status codes of the endpoint and what reaches the sink for each. */
class HubSpotWebhookHandlerTest {
  private static final String SECRET = "s3cr3t-handler";
  private static final String URI = "https://refsync.example/webhooks/hubspot";
  private static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");
  private static final String BODY =
      "[{\"eventId\":1,\"occurredAt\":1,\"objectId\":5,\"subscriptionType\":\"company.creation\"}]";

  private final List<List<HubSpotWebhookEvent>> sunk = new ArrayList<>();
  private final HubSpotWebhookVerifier verifier =
      new HubSpotWebhookVerifier(Secret.of(SECRET), Clock.fixed(NOW, ZoneOffset.UTC));

  private static Map<String, String> signed(String secret, String body) {
    return Map.of(
        "X-HubSpot-Signature-v3",
        HubSpotSignatures.v3(secret, "POST", URI, body, NOW.toEpochMilli()),
        "X-HubSpot-Request-Timestamp",
        Long.toString(NOW.toEpochMilli()));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aVerifiedDeliveryIs204AndReachesTheSink() {
    WebhookResponse r =
        new HubSpotWebhookHandler(verifier, sunk::add)
            .handle("POST", URI, signed(SECRET, BODY), bytes(BODY));

    assertThat(r.status()).isEqualTo(204);
    assertThat(sunk).singleElement().satisfies(events -> assertThat(events).hasSize(1));
    assertThat(ChangedObject.of(sunk.get(0))).containsExactly(new ChangedObject("companies", "5"));
  }

  @Test
  void anUnauthenticatedDeliveryIs401AndNeverReachesTheSink() {
    WebhookResponse r =
        new HubSpotWebhookHandler(verifier, sunk::add)
            .handle("POST", URI, signed("guess", BODY), bytes(BODY));

    assertThat(r).isEqualTo(new WebhookResponse(401, "BAD_SIGNATURE"));
    assertThat(r.body()).doesNotContain(SECRET);
    assertThat(sunk).isEmpty();
  }

  @Test
  void anAuthenticButMalformedDeliveryIs400AndNeverReachesTheSink() {
    String body = "{\"not\":\"an array\"}";

    WebhookResponse r =
        new HubSpotWebhookHandler(verifier, sunk::add)
            .handle("POST", URI, signed(SECRET, body), bytes(body));

    assertThat(r).isEqualTo(new WebhookResponse(400, "MALFORMED_BODY"));
    assertThat(sunk).isEmpty();
  }

  @Test
  void aFailingSinkIs503SoHubSpotRedelivers() {
    WebhookResponse r =
        new HubSpotWebhookHandler(
                verifier,
                events -> {
                  throw new IllegalStateException("queue full");
                })
            .handle("POST", URI, signed(SECRET, BODY), bytes(BODY));

    assertThat(r.status()).isEqualTo(503);
  }
}
