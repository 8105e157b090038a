package dev.refsync.hubspot.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.refsync.core.config.Secret;
import dev.refsync.hubspot.webhook.InvalidWebhookException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a HubSpot webhooks v3 delivery and parses its events (VENDOR-FACTS "signature v3";
 * developers.hubspot.com, "Validating requests"):
 *
 * <ol>
 *   <li>{@code X-HubSpot-Request-Timestamp} (epoch ms) must be at most {@link #MAX_AGE} old by the
 *       injected clock, and at most {@link #MAX_AHEAD} in the future. HubSpot documents only the
 *       first rule; the second bounds how long a captured request stays replayable when the two
 *       clocks disagree, while tolerating ordinary NTP skew.
 *   <li>{@code X-HubSpot-Signature-v3} must equal Base64(HMAC-SHA256(client secret, method + URI +
 *       body + timestamp)), the URI as {@link SignedUri} canonicalises it, compared in constant
 *       time.
 *   <li>Only then is the body parsed: a JSON array of at most {@link #MAX_EVENTS} events.
 * </ol>
 *
 * Thread-safe. Nothing is returned for a refused delivery, so a caller that stores only what this
 * returns stores nothing for it.
 */
public final class HubSpotWebhookVerifier {
  /** HubSpot: "reject the request if the timestamp is older than 5 minutes". */
  public static final Duration MAX_AGE = Duration.ofMinutes(5);

  /** Refsync's choice: clock skew tolerated for a timestamp ahead of our clock. */
  public static final Duration MAX_AHEAD = Duration.ofMinutes(1);

  /** HubSpot sends at most 100 events per request (VENDOR-FACTS). */
  public static final int MAX_EVENTS = 100;

  static final String SIGNATURE_HEADER = "X-HubSpot-Signature-v3";
  static final String TIMESTAMP_HEADER = "X-HubSpot-Request-Timestamp";

  private final SecretKeySpec key;
  private final Clock clock;
  private final ObjectMapper json = JsonMapper.builder().build();

  /**
   * @param clientSecret the HubSpot app's client secret ({@code webhookClientSecret})
   * @throws IllegalArgumentException when the secret is empty
   */
  public HubSpotWebhookVerifier(Secret clientSecret, Clock clock) {
    if (clientSecret == null || clientSecret.isEmpty()) {
      throw new IllegalArgumentException(
          "webhookClientSecret is empty: set it to the client secret of the HubSpot app"
              + " (Developer account > Apps > Auth) before accepting webhooks");
    }
    this.key =
        new SecretKeySpec(clientSecret.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.clock = clock;
  }

  /**
   * @param method the request method as received, e.g. {@code POST}
   * @param uri the full URI HubSpot called (scheme, host, port, path and query as configured in the
   *     app's target URL); behind a proxy, the public URI, not the internal one
   * @param headers request headers; names are matched case-insensitively
   * @param body the raw body bytes, unparsed
   * @return the delivery's events, in the order sent
   * @throws InvalidWebhookException when any check fails
   */
  public List<HubSpotWebhookEvent> verify(
      String method, String uri, Map<String, String> headers, byte[] body) {
    Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.putAll(headers);
    String signature = required(h, SIGNATURE_HEADER);
    String timestampText = required(h, TIMESTAMP_HEADER);
    checkTimestamp(timestampText);
    byte[] expected = sign(method, uri, body, timestampText);
    byte[] given = signature.getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, given)) {
      throw new InvalidWebhookException(
          Reason.BAD_SIGNATURE,
          SIGNATURE_HEADER
              + " does not match the request: check that webhookClientSecret is this app's client"
              + " secret and that the URI given to the verifier is the public target URL ("
              + uri
              + ")");
    }
    return parse(body);
  }

  private static String required(Map<String, String> headers, String name) {
    String value = headers.get(name);
    if (value == null || value.isBlank()) {
      throw new InvalidWebhookException(
          Reason.MISSING_HEADER, "header " + name + " is missing: not a HubSpot v3 delivery");
    }
    return value.trim();
  }

  private void checkTimestamp(String text) {
    long millis;
    try {
      millis = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new InvalidWebhookException(
          Reason.BAD_TIMESTAMP, TIMESTAMP_HEADER + " is not epoch milliseconds: " + text, e);
    }
    Instant sent = Instant.ofEpochMilli(millis);
    Instant now = clock.instant();
    if (sent.isBefore(now.minus(MAX_AGE))) {
      throw new InvalidWebhookException(
          Reason.STALE_TIMESTAMP,
          "delivery signed at " + sent + " is older than " + MAX_AGE + " (now " + now + ")");
    }
    if (sent.isAfter(now.plus(MAX_AHEAD))) {
      throw new InvalidWebhookException(
          Reason.FUTURE_TIMESTAMP,
          "delivery signed at "
              + sent
              + " is more than "
              + MAX_AHEAD
              + " ahead of this clock (now "
              + now
              + "): check the server's time");
    }
  }

  private byte[] sign(String method, String uri, byte[] body, String timestamp) {
    ByteArrayOutputStream source = new ByteArrayOutputStream(body.length + uri.length() + 32);
    source.writeBytes(method.getBytes(StandardCharsets.UTF_8));
    source.writeBytes(SignedUri.canonical(uri).getBytes(StandardCharsets.UTF_8));
    source.writeBytes(body);
    source.writeBytes(timestamp.getBytes(StandardCharsets.UTF_8));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(source.toByteArray()))
          .getBytes(StandardCharsets.US_ASCII);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java runtime", e);
    }
  }

  private List<HubSpotWebhookEvent> parse(byte[] body) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new InvalidWebhookException(
          Reason.MALFORMED_BODY, "body is not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new InvalidWebhookException(Reason.MALFORMED_BODY, "body cannot be read", e);
    }
    if (root == null || !root.isArray()) {
      throw new InvalidWebhookException(
          Reason.MALFORMED_BODY, "body must be a JSON array of events");
    }
    if (root.size() > MAX_EVENTS) {
      throw new InvalidWebhookException(
          Reason.TOO_MANY_EVENTS,
          "delivery carries " + root.size() + " events; HubSpot sends at most " + MAX_EVENTS);
    }
    List<String> problems = new ArrayList<>();
    List<HubSpotWebhookEvent> events = new ArrayList<>(root.size());
    for (int i = 0; i < root.size(); i++) {
      JsonNode e = root.get(i);
      int before = problems.size();
      for (String field : List.of("eventId", "occurredAt", "objectId")) {
        if (!e.path(field).canConvertToLong()) {
          problems.add("event[" + i + "]." + field + " must be a number");
        }
      }
      if (e.path("subscriptionType").asText("").isBlank()) {
        problems.add("event[" + i + "].subscriptionType is required");
      }
      if (problems.size() == before) {
        events.add(event(e));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidWebhookException(Reason.MALFORMED_BODY, String.join("; ", problems));
    }
    return List.copyOf(events);
  }

  private static HubSpotWebhookEvent event(JsonNode e) {
    return new HubSpotWebhookEvent(
        e.get("eventId").asLong(),
        e.path("subscriptionId").asLong(0),
        e.path("portalId").asLong(0),
        e.path("appId").asLong(0),
        Instant.ofEpochMilli(e.get("occurredAt").asLong()),
        e.get("subscriptionType").asText(),
        e.path("attemptNumber").asInt(0),
        e.get("objectId").asLong(),
        text(e, "objectTypeId"),
        text(e, "propertyName"),
        text(e, "propertyValue"),
        text(e, "changeSource"));
  }

  private static String text(JsonNode e, String field) {
    JsonNode n = e.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }
}
