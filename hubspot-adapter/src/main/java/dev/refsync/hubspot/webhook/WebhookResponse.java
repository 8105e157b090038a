package dev.refsync.hubspot.webhook;

/**
 * What the HTTP layer answers HubSpot. HubSpot retries any 4xx/5xx (VENDOR-FACTS), so only a
 * delivery that can never succeed gets a 4xx: 401 unauthenticated, 400 malformed or oversized.
 *
 * @param body a short plain-text reason; empty for 204
 */
public record WebhookResponse(int status, String body) {
  public static final int ACCEPTED = 204;
  public static final int BAD_REQUEST = 400;
  public static final int UNAUTHORIZED = 401;
  public static final int UNAVAILABLE = 503;
}
