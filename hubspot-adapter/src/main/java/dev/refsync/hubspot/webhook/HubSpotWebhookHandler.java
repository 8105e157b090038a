package dev.refsync.hubspot.webhook;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The framework-free HubSpot webhook endpoint; the daemon mounts it on its HTTP server. Verified
 * events go to the sink, which feeds the same pipeline as polling: the pipeline re-reads each
 * {@link ChangedObject} from the API, so duplicates and out-of-order deliveries (HubSpot delivers
 * at least once, unordered) only cause an extra read, and polling remains the reconciliation that
 * catches any delivery that never arrives (DESIGN 2, 9).
 *
 * <ul>
 *   <li>204: verified, events handed to the sink.
 *   <li>401: missing/bad signature or timestamp; the sink is not called.
 *   <li>400: authentic but malformed or more than 100 events; the sink is not called.
 *   <li>503: the sink failed; HubSpot redelivers later.
 * </ul>
 */
public final class HubSpotWebhookHandler {
  private static final Logger LOG = LoggerFactory.getLogger(HubSpotWebhookHandler.class);

  private final HubSpotWebhookVerifier verifier;
  private final Consumer<List<HubSpotWebhookEvent>> sink;

  public HubSpotWebhookHandler(
      HubSpotWebhookVerifier verifier, Consumer<List<HubSpotWebhookEvent>> sink) {
    this.verifier = verifier;
    this.sink = sink;
  }

  /**
   * @param uri the full public URI HubSpot called (see {@link HubSpotWebhookVerifier#verify})
   * @param headers request headers, names in any case
   * @param body raw body bytes
   */
  public WebhookResponse handle(
      String method, String uri, Map<String, String> headers, byte[] body) {
    List<HubSpotWebhookEvent> events;
    try {
      events = verifier.verify(method, uri, headers, body);
    } catch (InvalidWebhookException e) {
      LOG.warn("HubSpot webhook refused ({}): {}", e.reason(), e.getMessage());
      int status =
          e.reason().unauthenticated() ? WebhookResponse.UNAUTHORIZED : WebhookResponse.BAD_REQUEST;
      return new WebhookResponse(status, e.reason().name());
    }
    try {
      sink.accept(events);
    } catch (RuntimeException e) {
      // Not acknowledged, so HubSpot redelivers (up to 10 times over 24 h); polling covers the
      // rest.
      LOG.error("HubSpot webhook of {} events could not be handed on", events.size(), e);
      return new WebhookResponse(WebhookResponse.UNAVAILABLE, "retry later");
    }
    return new WebhookResponse(WebhookResponse.ACCEPTED, "");
  }
}
