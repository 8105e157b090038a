package dev.refsync.hubspot.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.core.config.Secret;
import dev.refsync.hubspot.webhook.InvalidWebhookException.Reason;
import dev.refsync.sandbox.core.MutableClock;
import dev.refsync.sandbox.hubspot.HubSpotSignatures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Signature, timestamp window, URI canonicalisation and body rules of the v3 verifier. */
class HubSpotWebhookVerifierTest {
  private static final String SECRET = "client-secret-3f1c9a77";
  private static final String URI = "https://refsync.example/webhooks/hubspot";
  private static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");
  private static final String ONE_EVENT =
      "[{\"eventId\":11,\"subscriptionId\":5,\"portalId\":62515,\"appId\":7,"
          + "\"occurredAt\":1777885200000,\"subscriptionType\":\"deal.propertyChange\","
          + "\"attemptNumber\":0,\"objectId\":901,\"propertyName\":\"amount\","
          + "\"propertyValue\":\"12.50\",\"changeSource\":\"CRM\"}]";

  private final MutableClock clock = new MutableClock(NOW);
  private final HubSpotWebhookVerifier verifier =
      new HubSpotWebhookVerifier(Secret.of(SECRET), clock);

  private static Map<String, String> headers(String secret, String uri, String body, long ts) {
    return Map.of(
        "x-hubspot-signature-v3",
        HubSpotSignatures.v3(secret, "POST", uri, body, ts),
        "X-HubSpot-Request-Timestamp",
        Long.toString(ts));
  }

  private java.util.List<HubSpotWebhookEvent> verify(
      Map<String, String> headers, String uri, String body) {
    return verifier.verify("POST", uri, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aSignedDeliveryYieldsItsEvents() {
    var events = verify(headers(SECRET, URI, ONE_EVENT, NOW.toEpochMilli()), URI, ONE_EVENT);

    assertThat(events)
        .containsExactly(
            new HubSpotWebhookEvent(
                11,
                5,
                62515,
                7,
                Instant.ofEpochMilli(1777885200000L),
                "deal.propertyChange",
                0,
                901,
                null,
                "amount",
                "12.50",
                "CRM"));
    assertThat(events.get(0).changedObject()).isEqualTo(new ChangedObject("deals", "901"));
  }

  @Test
  void anotherSecretIsRefused() {
    assertThatThrownBy(
            () ->
                verify(headers("other-secret", URI, ONE_EVENT, NOW.toEpochMilli()), URI, ONE_EVENT))
        .isInstanceOf(InvalidWebhookException.class)
        .satisfies(
            e -> assertThat(((InvalidWebhookException) e).reason()).isEqualTo(Reason.BAD_SIGNATURE))
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void aTamperedBodyIsRefused() {
    Map<String, String> h = headers(SECRET, URI, ONE_EVENT, NOW.toEpochMilli());
    String tampered = ONE_EVENT.replace("12.50", "99.50");

    assertThatThrownBy(() -> verify(h, URI, tampered))
        .isInstanceOf(InvalidWebhookException.class)
        .satisfies(
            e ->
                assertThat(((InvalidWebhookException) e).reason()).isEqualTo(Reason.BAD_SIGNATURE));
  }

  @Test
  void anotherUriIsRefused() {
    Map<String, String> h = headers(SECRET, URI, ONE_EVENT, NOW.toEpochMilli());

    assertThatThrownBy(() -> verify(h, URI + "?x=1", ONE_EVENT))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageContaining("public target URL");
  }

  @Test
  void listedEscapesInTheReceivedUriAreDecodedBeforeChecking() {
    String signedAs = "https://refsync.example/webhooks/hubspot?portal=a:b,c";
    String received = "https://refsync.example/webhooks/hubspot?portal=a%3Ab%2Cc";

    assertThat(
            verify(headers(SECRET, signedAs, ONE_EVENT, NOW.toEpochMilli()), received, ONE_EVENT))
        .hasSize(1);
  }

  @Test
  void exactlyFiveMinutesOldIsAcceptedOneSecondMoreIsRefused() {
    long signedAt = NOW.toEpochMilli();
    Map<String, String> h = headers(SECRET, URI, ONE_EVENT, signedAt);

    clock.advance(Duration.ofMinutes(5));
    assertThat(verify(h, URI, ONE_EVENT)).hasSize(1);

    clock.advance(Duration.ofSeconds(1));
    assertThatThrownBy(() -> verify(h, URI, ONE_EVENT))
        .isInstanceOf(InvalidWebhookException.class)
        .satisfies(
            e ->
                assertThat(((InvalidWebhookException) e).reason())
                    .isEqualTo(Reason.STALE_TIMESTAMP));
  }

  @Test
  void aTimestampMoreThanAMinuteAheadIsRefused() {
    long ahead = NOW.plus(Duration.ofSeconds(61)).toEpochMilli();
    long withinSkew = NOW.plus(Duration.ofSeconds(60)).toEpochMilli();

    assertThat(verify(headers(SECRET, URI, ONE_EVENT, withinSkew), URI, ONE_EVENT)).hasSize(1);
    assertThatThrownBy(() -> verify(headers(SECRET, URI, ONE_EVENT, ahead), URI, ONE_EVENT))
        .isInstanceOf(InvalidWebhookException.class)
        .satisfies(
            e ->
                assertThat(((InvalidWebhookException) e).reason())
                    .isEqualTo(Reason.FUTURE_TIMESTAMP));
  }

  @Test
  void missingOrUnreadableHeadersAreRefused() {
    assertThatThrownBy(() -> verify(Map.of("X-HubSpot-Request-Timestamp", "1"), URI, ONE_EVENT))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageContaining("X-HubSpot-Signature-v3 is missing");
    assertThatThrownBy(
            () ->
                verify(
                    Map.of("X-HubSpot-Signature-v3", "abc", "X-HubSpot-Request-Timestamp", "soon"),
                    URI,
                    ONE_EVENT))
        .isInstanceOf(InvalidWebhookException.class)
        .satisfies(
            e ->
                assertThat(((InvalidWebhookException) e).reason()).isEqualTo(Reason.BAD_TIMESTAMP));
  }

  @Test
  void hundredEventsAreAcceptedAHundredAndOneRefused() {
    String hundred = events(100);
    String hundredAndOne = events(101);

    assertThat(verify(headers(SECRET, URI, hundred, NOW.toEpochMilli()), URI, hundred))
        .hasSize(100);
    assertThatThrownBy(
            () ->
                verify(headers(SECRET, URI, hundredAndOne, NOW.toEpochMilli()), URI, hundredAndOne))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageContaining("101 events")
        .satisfies(
            e ->
                assertThat(((InvalidWebhookException) e).reason())
                    .isEqualTo(Reason.TOO_MANY_EVENTS));
  }

  @Test
  void everyMalformedEventIsNamedAtOnce() {
    String body = "[{\"eventId\":\"x\",\"occurredAt\":1,\"objectId\":2},{\"eventId\":3}]";

    assertThatThrownBy(() -> verify(headers(SECRET, URI, body, NOW.toEpochMilli()), URI, body))
        .isInstanceOf(InvalidWebhookException.class)
        .hasMessageContaining("event[0].eventId must be a number")
        .hasMessageContaining("event[0].subscriptionType is required")
        .hasMessageContaining("event[1].occurredAt must be a number")
        .hasMessageContaining("event[1].objectId must be a number");
  }

  @Test
  void anEmptySecretCannotBuildAVerifier() {
    assertThatThrownBy(() -> new HubSpotWebhookVerifier(Secret.of(""), clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("webhookClientSecret");
  }

  @Test
  void customObjectEventsNameTheirTypeId() {
    HubSpotWebhookEvent e =
        new HubSpotWebhookEvent(
            1, 1, 1, 1, NOW, "object.propertyChange", 0, 42, "2-101", "x", "y", "API");

    assertThat(e.changedObject()).isEqualTo(new ChangedObject("2-101", "42"));
  }

  private static String events(int n) {
    return IntStream.range(0, n)
        .mapToObj(
            i ->
                "{\"eventId\":"
                    + i
                    + ",\"occurredAt\":1,\"objectId\":"
                    + i
                    + ",\"subscriptionType\":\"contact.creation\"}")
        .collect(Collectors.joining(",", "[", "]"));
  }
}
