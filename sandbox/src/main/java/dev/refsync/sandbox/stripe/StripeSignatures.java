package dev.refsync.sandbox.stripe;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook signatures (docs.stripe.com/webhooks#verify-manually): {@code Stripe-Signature: t=<unix
 * seconds>,v1=<hex HMAC-SHA256(endpoint secret, t + "." + raw body)>}.
 */
public final class StripeSignatures {

  private StripeSignatures() {}

  public static String v1(String endpointSecret, long timestampSeconds, String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(endpointSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] raw = mac.doFinal((timestampSeconds + "." + payload).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(raw);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java runtime", e);
    }
  }

  /** The full header value. */
  public static String header(String endpointSecret, long timestampSeconds, String payload) {
    return "t=" + timestampSeconds + ",v1=" + v1(endpointSecret, timestampSeconds, payload);
  }
}
