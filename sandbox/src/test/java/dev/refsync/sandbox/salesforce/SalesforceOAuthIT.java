package dev.refsync.sandbox.salesforce;

import static dev.refsync.sandbox.salesforce.SalesforceFixture.CLIENT_ID;
import static dev.refsync.sandbox.salesforce.SalesforceFixture.CLIENT_SECRET;
import static dev.refsync.sandbox.salesforce.SalesforceFixture.PASSWORD;
import static dev.refsync.sandbox.salesforce.SalesforceFixture.USERNAME;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SalesforceOAuthIT {

  private static final String TOKEN = "/services/oauth2/token";
  private static KeyPair appKey;
  private static KeyPair otherKey;
  private SalesforceFixture f;

  @BeforeAll
  static void keys() throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    appKey = g.generateKeyPair();
    otherKey = g.generateKeyPair();
  }

  @BeforeEach
  void start() {
    f = new SalesforceFixture(c -> c.withJwtPublicKey((RSAPublicKey) appKey.getPublic()));
  }

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void passwordGrantIssuesAUsableTokenWithSalesforcesResponseShape() throws Exception {
    var r =
        f.anonymous()
            .form(
                TOKEN,
                Map.of(
                    "grant_type", "password",
                    "client_id", CLIENT_ID,
                    "client_secret", CLIENT_SECRET,
                    "username", USERNAME,
                    "password", PASSWORD));

    assertThat(r.status()).isEqualTo(200);
    JsonNode body = r.json();
    assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
    assertThat(body.path("instance_url").asText()).isEqualTo(f.sf.baseUri().toString());
    assertThat(body.path("id").asText())
        .endsWith("/id/" + SalesforceConfig.ORG_ID + "/" + SalesforceConfig.USER_ID);
    assertThat(body.path("issued_at").asText())
        .isEqualTo(Long.toString(SalesforceFixture.START.toEpochMilli()));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(CLIENT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected =
        Base64.getEncoder()
            .encodeToString(
                mac.doFinal(
                    (body.path("id").asText() + body.path("issued_at").asText())
                        .getBytes(StandardCharsets.UTF_8)));
    assertThat(body.path("signature").asText()).isEqualTo(expected);
    assertThat(
            new SalesforceTestClient(f.sf.baseUri(), body.path("access_token").asText())
                .get(SalesforceTestClient.V + "/limits")
                .status())
        .isEqualTo(200);
  }

  @Test
  void wrongPasswordIsInvalidGrantAndWrongClientIsInvalidClientId() {
    var badPassword =
        f.anonymous()
            .form(
                TOKEN,
                Map.of(
                    "grant_type", "password",
                    "client_id", CLIENT_ID,
                    "client_secret", CLIENT_SECRET,
                    "username", USERNAME,
                    "password", "wrong"));
    var badClient =
        f.anonymous()
            .form(
                TOKEN,
                Map.of(
                    "grant_type", "password",
                    "client_id", "nope",
                    "client_secret", CLIENT_SECRET,
                    "username", USERNAME,
                    "password", PASSWORD));

    assertThat(badPassword.status()).isEqualTo(400);
    assertThat(badPassword.json().path("error").asText()).isEqualTo("invalid_grant");
    assertThat(badPassword.json().path("error_description").asText())
        .isEqualTo("authentication failure");
    assertThat(badClient.status()).isEqualTo(400);
    assertThat(badClient.json().path("error").asText()).isEqualTo("invalid_client_id");
  }

  @Test
  void clientCredentialsNeedTheRightSecret() {
    var ok =
        f.anonymous()
            .form(
                TOKEN,
                Map.of(
                    "grant_type", "client_credentials",
                    "client_id", CLIENT_ID,
                    "client_secret", CLIENT_SECRET));
    var bad =
        f.anonymous()
            .form(
                TOKEN,
                Map.of(
                    "grant_type", "client_credentials",
                    "client_id", CLIENT_ID,
                    "client_secret", "guess"));

    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.json().path("access_token").asText()).startsWith("00D5g00000EmuL8!");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("error").asText()).isEqualTo("invalid_client");
  }

  @Test
  void jwtBearerSignedWithTheConnectedAppKeyIsAccepted() throws Exception {
    var r = jwtGrant(jwt(appKey.getPrivate(), CLIENT_ID, USERNAME, exp(180)));

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("access_token").asText()).isNotBlank();
  }

  @Test
  void jwtWithAForeignSignatureIsInvalidGrant() throws Exception {
    var r = jwtGrant(jwt(otherKey.getPrivate(), CLIENT_ID, USERNAME, exp(180)));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("error").asText()).isEqualTo("invalid_grant");
    assertThat(r.json().path("error_description").asText()).isEqualTo("invalid assertion");
  }

  @Test
  void expiredJwtWrongAudienceWrongSubjectAndWrongIssuerAreRefused() throws Exception {
    PrivateKey key = appKey.getPrivate();
    var expired = jwtGrant(jwt(key, CLIENT_ID, USERNAME, exp(-1)));
    var wrongSubject = jwtGrant(jwt(key, CLIENT_ID, "someone@else.example", exp(180)));
    var wrongIssuer = jwtGrant(jwt(key, "other-app", USERNAME, exp(180)));
    var wrongAudience =
        jwtGrant(
            sign(
                key,
                "{\"iss\":\""
                    + CLIENT_ID
                    + "\",\"sub\":\""
                    + USERNAME
                    + "\",\"aud\":\"https://test.salesforce.com\",\"exp\":"
                    + exp(180)
                    + "}"));

    assertThat(expired.json().path("error_description").asText())
        .isEqualTo("expired JWT assertion");
    assertThat(wrongSubject.json().path("error").asText()).isEqualTo("invalid_grant");
    assertThat(wrongIssuer.json().path("error").asText()).isEqualTo("invalid_client_id");
    assertThat(wrongAudience.json().path("error_description").asText())
        .isEqualTo("audience is invalid");
    assertThat(
            List.of(
                expired.status(),
                wrongSubject.status(),
                wrongIssuer.status(),
                wrongAudience.status()))
        .containsOnly(400);
  }

  @Test
  void unknownGrantTypeIsUnsupported() {
    var r = f.anonymous().form(TOKEN, Map.of("grant_type", "authorization_code", "code", "x"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("error").asText()).isEqualTo("unsupported_grant_type");
  }

  private SalesforceTestClient.Response jwtGrant(String assertion) {
    return f.anonymous()
        .form(TOKEN, Map.of("grant_type", OAuthApi.JWT_BEARER, "assertion", assertion));
  }

  private long exp(long secondsFromNow) {
    return f.clock.instant().plusSeconds(secondsFromNow).getEpochSecond();
  }

  private static String jwt(PrivateKey key, String iss, String sub, long exp) throws Exception {
    return sign(
        key,
        "{\"iss\":\""
            + iss
            + "\",\"sub\":\""
            + sub
            + "\",\"aud\":\"https://login.salesforce.com\",\"exp\":"
            + exp
            + "}");
  }

  private static String sign(PrivateKey key, String claims) throws Exception {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String signingInput =
        b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8))
            + "."
            + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initSign(key);
    s.update(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + b64.encodeToString(s.sign());
  }
}
