package dev.refsync.salesforce.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.refsync.core.config.Secret;
import dev.refsync.core.error.AuthenticationException;
import dev.refsync.core.error.UpstreamServerException;
import dev.refsync.salesforce.config.PrivateKeys;
import dev.refsync.salesforce.config.SalesforceConfig;
import dev.refsync.salesforce.error.SalesforceErrorMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mints access tokens with the JWT bearer flow (VENDOR-FACTS "server-to-server auth": no refresh
 * token, re-mint on expiry). Keeps one current session; {@link #renew(SalesforceSession)} replaces
 * it only if it is still the one a caller saw rejected, so concurrent 401s mint once. Neither the
 * key nor a token reaches a log or an exception message.
 */
public final class JwtBearerAuthenticator {
  private static final Logger LOG = LoggerFactory.getLogger(JwtBearerAuthenticator.class);
  private static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";
  private static final String TOKEN_PATH = "/services/oauth2/token";

  private final SalesforceConfig config;
  private final HttpClient http;
  private final Clock clock;
  private final ObjectMapper json;
  private final PrivateKey key;
  private SalesforceSession current;

  public JwtBearerAuthenticator(
      SalesforceConfig config, HttpClient http, Clock clock, ObjectMapper json) {
    this.config = config.requireValid();
    this.http = http;
    this.clock = clock;
    this.json = json;
    this.key = PrivateKeys.parse(config.privateKey(), "salesforce.privateKey");
  }

  /** The current session, minted first or re-minted when older than the token lifetime. */
  public synchronized SalesforceSession session() {
    if (current == null
        || !clock.instant().isBefore(current.issuedAt().plus(config.tokenLifetime()))) {
      current = mint();
    }
    return current;
  }

  /**
   * A new session after {@code rejected} got {@code INVALID_SESSION_ID}; if another caller already
   * replaced it, that newer session is returned without minting again.
   */
  public synchronized SalesforceSession renew(SalesforceSession rejected) {
    if (current == null || current.equals(rejected)) {
      current = mint();
    }
    return current;
  }

  private SalesforceSession mint() {
    Instant now = clock.instant();
    String assertion =
        JwtAssertion.sign(
            json, config.clientId(), config.username(), config.jwtAudience(), now, key);
    String form =
        "grant_type="
            + URLEncoder.encode(GRANT_TYPE, StandardCharsets.UTF_8)
            + "&assertion="
            + URLEncoder.encode(assertion, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(tokenUri())
            .timeout(config.requestTimeout())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response = send(request);
    JsonNode body = readBody(response);
    if (response.statusCode() == 200 && body.hasNonNull("access_token")) {
      LOG.info("Salesforce JWT bearer token minted for user {}", config.username());
      return new SalesforceSession(
          Secret.of(body.path("access_token").asText()),
          URI.create(body.path("instance_url").asText(config.loginUrl().toString())),
          now);
    }
    String error = body.path("error").asText("unknown_error");
    String description = body.path("error_description").asText("(no description)");
    if (response.statusCode() >= 500) {
      throw new UpstreamServerException(
          SalesforceErrorMapper.SYSTEM,
          response.statusCode(),
          error,
          "Salesforce token endpoint failed with HTTP " + response.statusCode(),
          null);
    }
    throw new AuthenticationException(
        SalesforceErrorMapper.SYSTEM,
        response.statusCode(),
        error,
        "Salesforce refused the JWT bearer token for user "
            + config.username()
            + " and client id "
            + config.clientId()
            + ": "
            + error
            + ": "
            + description
            + ". Check that the connected app holds the certificate of the configured key, that "
            + "the user is pre-authorised, and that jwtAudience matches the org type.",
        null);
  }

  private URI tokenUri() {
    String base = config.loginUrl().toString();
    return URI.create(
        (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + TOKEN_PATH);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UpstreamServerException(
          SalesforceErrorMapper.SYSTEM,
          0,
          null,
          "Salesforce token endpoint " + request.uri() + " got no response: " + e,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while minting a Salesforce token", e);
    }
  }

  private JsonNode readBody(HttpResponse<String> response) {
    try {
      return json.readTree(response.body());
    } catch (IOException e) {
      return json.createObjectNode();
    }
  }
}
