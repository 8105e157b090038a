package dev.refsync.stripe.webhook;

import com.google.gson.JsonSyntaxException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import dev.refsync.stripe.config.StripeConfig;
import java.time.Clock;

/**
 * Verifies {@code Stripe-Signature} (HMAC-SHA256 of {@code t + "." + raw body}, VENDOR-FACTS) with
 * stripe-java's {@code Webhook.constructEvent(payload, header, secret, toleranceSeconds, clock)}:
 * the Clock overload, so the timestamp tolerance follows the injected clock, not the wall clock.
 */
public final class StripeWebhookVerifier {
  private final StripeConfig config;
  private final Clock clock;

  public StripeWebhookVerifier(StripeConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  /**
   * The event, when the raw body and header were signed with the endpoint's secret within the
   * tolerance.
   *
   * @throws InvalidWebhookSignatureException otherwise; its message names the check that failed
   */
  public Event verify(String rawBody, String signatureHeader) {
    if (signatureHeader == null || signatureHeader.isBlank()) {
      throw new InvalidWebhookSignatureException("missing Stripe-Signature header", null);
    }
    try {
      return Webhook.constructEvent(
          rawBody,
          signatureHeader,
          config.webhookSigningSecret().reveal(),
          config.webhookTolerance().toSeconds(),
          clock);
    } catch (SignatureVerificationException e) {
      // stripe-java's messages name the failed check (no signature, timestamp outside tolerance)
      // and never include the secret.
      throw new InvalidWebhookSignatureException("Stripe webhook rejected: " + e.getMessage(), e);
    } catch (JsonSyntaxException e) {
      throw new InvalidWebhookSignatureException("Stripe webhook body is not an event JSON", e);
    }
  }
}
