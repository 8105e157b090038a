package dev.refsync.stripe.webhook;

/**
 * A webhook delivery failed signature verification: answer 400 and do not process it (Stripe
 * retries genuine deliveries; the events feed reconciles anything lost). Never carries the secret.
 */
public class InvalidWebhookSignatureException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidWebhookSignatureException(String message, Throwable cause) {
    super(message, cause);
  }
}
