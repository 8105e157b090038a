package dev.refsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.sandbox.core.Json;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

/**
 * Checks a JWT bearer assertion as Salesforce's OAuth 2.0 JWT bearer flow does: RS256 signature
 * against the connected app's certificate key, {@code iss} = client id, {@code sub} = the user,
 * {@code aud} = the login URL, {@code exp} in the future.
 */
final class JwtBearerVerifier {

  /** A refused assertion; {@code error} and {@code description} go into the OAuth error body. */
  static final class RejectedAssertion extends Exception {
    private static final long serialVersionUID = 1L;
    private final String error;

    RejectedAssertion(String error, String description) {
      super(description);
      this.error = error;
    }

    String error() {
      return error;
    }
  }

  private final SalesforceConfig config;
  private final Clock clock;

  JwtBearerVerifier(SalesforceConfig config) {
    this.config = config;
    this.clock = config.clock();
  }

  void verify(String assertion) throws RejectedAssertion {
    if (assertion == null || assertion.isBlank()) {
      throw new RejectedAssertion("invalid_request", "assertion is required");
    }
    String[] parts = assertion.split("\\.", -1);
    if (parts.length != 3) {
      throw new RejectedAssertion("invalid_grant", "invalid assertion");
    }
    JsonNode header = decodeJson(parts[0]);
    JsonNode claims = decodeJson(parts[1]);
    if (!"RS256".equals(header.path("alg").asText())) {
      throw new RejectedAssertion("invalid_grant", "invalid assertion");
    }
    RSAPublicKey key =
        config
            .jwtKey()
            .orElseThrow(() -> new RejectedAssertion("invalid_grant", "invalid assertion"));
    if (!signatureValid(key, parts)) {
      throw new RejectedAssertion("invalid_grant", "invalid assertion");
    }
    if (!config.clientId().equals(claims.path("iss").asText())) {
      throw new RejectedAssertion("invalid_client_id", "client identifier invalid");
    }
    if (!audienceMatches(claims.path("aud"))) {
      throw new RejectedAssertion("invalid_grant", "audience is invalid");
    }
    if (!config.username().equals(claims.path("sub").asText())) {
      throw new RejectedAssertion("invalid_grant", "user hasn't approved this consumer");
    }
    if (!claims.path("exp").canConvertToLong()
        || !Instant.ofEpochSecond(claims.path("exp").asLong()).isAfter(clock.instant())) {
      throw new RejectedAssertion("invalid_grant", "expired JWT assertion");
    }
  }

  private boolean audienceMatches(JsonNode aud) {
    if (aud.isArray()) {
      for (JsonNode a : aud) {
        if (config.jwtAudience().equals(a.asText())) {
          return true;
        }
      }
      return false;
    }
    return config.jwtAudience().equals(aud.asText());
  }

  private static boolean signatureValid(RSAPublicKey key, String[] parts) throws RejectedAssertion {
    try {
      Signature verifier = Signature.getInstance("SHA256withRSA");
      verifier.initVerify(key);
      verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      return verifier.verify(Base64.getUrlDecoder().decode(parts[2]));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new RejectedAssertion("invalid_grant", "invalid assertion");
    }
  }

  private static JsonNode decodeJson(String part) throws RejectedAssertion {
    try {
      return Json.parse(Base64.getUrlDecoder().decode(part));
    } catch (IllegalArgumentException | Json.MalformedJsonException e) {
      throw new RejectedAssertion("invalid_grant", "invalid assertion");
    }
  }
}
