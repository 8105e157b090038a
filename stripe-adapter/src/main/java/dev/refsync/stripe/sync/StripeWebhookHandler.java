package dev.refsync.stripe.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.model.Event;
import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.stripe.webhook.InvalidWebhookSignatureException;
import dev.refsync.stripe.webhook.StripeWebhookVerifier;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Stripe webhook delivery (issue #6 "Webhooks"): verify {@code Stripe-Signature} over the raw
 * body (stripe-java's {@code Webhook}, 300 s tolerance), read the event's object as it is now and
 * translate it as the events feed does ({@link StripeRecords#webhookEvent}), and hand the records
 * to the sink. A bad signature is answered 400 and nothing reaches the sink. Records are dated by
 * the event's {@code created}: a duplicate rewrites the same version, an older delivery than what
 * is stored is ignored by the core, and one that arrives after its object became empty or deleted
 * brings back nothing, because it carries the current object.
 */
final class StripeWebhookHandler {
  private static final Logger log = LoggerFactory.getLogger(StripeWebhookHandler.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String connection;
  private final StripeWebhookVerifier verifier;
  private final StripeRecords records;
  private final CurrentObjects current;

  StripeWebhookHandler(
      String connection,
      StripeWebhookVerifier verifier,
      StripeRecords records,
      CurrentObjects current) {
    this.connection = connection;
    this.verifier = verifier;
    this.records = records;
    this.current = current;
  }

  WebhookResponse handle(String payload, String signatureHeader, WebhookSink sink) {
    Event event;
    try {
      event = verifier.verify(payload, signatureHeader);
    } catch (InvalidWebhookSignatureException e) {
      log.warn("Stripe {} webhook refused: {}", connection, e.getMessage());
      return answer(400, Map.of("error", e.getMessage()));
    }
    StripeRecords.Converted converted;
    try {
      converted = records.webhookEvent(event, current);
    } catch (ConnectorApiException e) {
      log.warn(
          "Stripe {} webhook {} not processed, Stripe will deliver it again: {}",
          connection,
          event.getId(),
          e.getMessage());
      return answer(503, Map.of("error", "lookup failed; deliver again later"));
    }
    if (!converted.records().isEmpty() || !converted.rejected().isEmpty()) {
      sink.accept(connection, converted.records(), converted.rejected());
    }
    return answer(200, Map.of("received", event.getId()));
  }

  private static WebhookResponse answer(int status, Map<String, String> body) {
    try {
      return new WebhookResponse(status, JSON.writeValueAsString(body));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
