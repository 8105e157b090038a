package dev.refsync.salesforce.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.refsync.salesforce.support.TestKeys;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class JwtAssertionTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final KeyPair PAIR = TestKeys.rsa();
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void carriesSalesforcesClaimsWithExpiryThreeMinutesAhead() throws Exception {
    String jwt =
        JwtAssertion.sign(
            JSON,
            "3MVGclient",
            "sync@acme.example",
            "https://login.salesforce.com",
            NOW,
            PAIR.getPrivate());

    String[] parts = jwt.split("\\.");
    assertThat(parts).hasSize(3);
    JsonNode header = decode(parts[0]);
    JsonNode claims = decode(parts[1]);
    assertThat(header.path("alg").asText()).isEqualTo("RS256");
    assertThat(claims.path("iss").asText()).isEqualTo("3MVGclient");
    assertThat(claims.path("sub").asText()).isEqualTo("sync@acme.example");
    assertThat(claims.path("aud").asText()).isEqualTo("https://login.salesforce.com");
    assertThat(claims.path("exp").asLong()).isEqualTo(NOW.getEpochSecond() + 180);
  }

  @Test
  void isSignedWithSha256WithRsaOverHeaderAndClaims() throws Exception {
    String jwt = JwtAssertion.sign(JSON, "c", "u", "a", NOW, PAIR.getPrivate());
    int lastDot = jwt.lastIndexOf('.');

    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(PAIR.getPublic());
    verifier.update(jwt.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));

    assertThat(verifier.verify(Base64.getUrlDecoder().decode(jwt.substring(lastDot + 1)))).isTrue();
    assertThat(jwt).doesNotContain("=");
  }

  private static JsonNode decode(String part) throws Exception {
    return JSON.readTree(Base64.getUrlDecoder().decode(part));
  }
}
