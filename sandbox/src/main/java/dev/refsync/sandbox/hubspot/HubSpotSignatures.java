package dev.refsync.sandbox.hubspot;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook signature v3 (developers.hubspot.com, "Validating requests → v3"): Base64 of HMAC-SHA256
 * keyed with the app's client secret over {@code method + uri + body + timestamp}.
 */
public final class HubSpotSignatures {

  private HubSpotSignatures() {}

  public static String v3(
      String clientSecret, String method, String uri, String body, long timestampMillis) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] raw =
          mac.doFinal((method + uri + body + timestampMillis).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(raw);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java runtime", e);
    }
  }
}
