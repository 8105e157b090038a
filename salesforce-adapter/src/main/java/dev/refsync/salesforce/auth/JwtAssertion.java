package dev.refsync.salesforce.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The RS256-signed JWT of Salesforce's OAuth 2.0 JWT bearer flow: {@code iss} = client id, {@code
 * sub} = run-as username, {@code aud} = login audience, {@code exp} within 3 minutes (Salesforce
 * "OAuth 2.0 JWT Bearer Flow for Server-to-Server Integration"). Signed with the JDK only.
 */
final class JwtAssertion {
  /** Salesforce accepts an assertion whose exp is at most 3 minutes ahead. */
  static final Duration VALIDITY = Duration.ofMinutes(3);

  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

  private JwtAssertion() {}

  static String sign(
      ObjectMapper json,
      String clientId,
      String username,
      String audience,
      Instant now,
      PrivateKey key) {
    ObjectNode header = json.createObjectNode().put("alg", "RS256").put("typ", "JWT");
    ObjectNode claims =
        json.createObjectNode()
            .put("iss", clientId)
            .put("sub", username)
            .put("aud", audience)
            .put("exp", now.plus(VALIDITY).getEpochSecond());
    String signingInput = encode(header.toString()) + "." + encode(claims.toString());
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(key);
      rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + URL.encodeToString(rsa.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "cannot sign the Salesforce JWT with the configured key: " + e.getClass().getSimpleName(),
          null);
    }
  }

  private static String encode(String text) {
    return URL.encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
