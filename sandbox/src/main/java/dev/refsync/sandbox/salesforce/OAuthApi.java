package dev.refsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.EmulatorRequest;
import dev.refsync.sandbox.core.EmulatorResponse;
import dev.refsync.sandbox.core.EmulatorServer;
import dev.refsync.sandbox.core.Json;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code POST /services/oauth2/token} (form-encoded) for the grants Refsync may use: {@code
 * password}, {@code client_credentials} and the JWT bearer flow. Answers Salesforce's token body
 * {@code {"access_token","instance_url","id","token_type","issued_at","signature"}} or a 400 {@code
 * {"error","error_description"}}.
 */
final class OAuthApi {

  static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

  private final SalesforceConfig config;
  private final Sessions sessions;
  private final JwtBearerVerifier jwt;
  private final Supplier<URI> instanceUrl;

  OAuthApi(SalesforceConfig config, Sessions sessions, Supplier<URI> instanceUrl) {
    this.config = config;
    this.sessions = sessions;
    this.jwt = new JwtBearerVerifier(config);
    this.instanceUrl = instanceUrl;
  }

  void register(EmulatorServer.Builder builder) {
    builder.route("POST", "/services/oauth2/token", SalesforceEndpoints.OAUTH_TOKEN, this::token);
  }

  private EmulatorResponse token(EmulatorRequest request) {
    Map<String, String> form = form(new String(request.body(), StandardCharsets.UTF_8));
    String grant = form.getOrDefault("grant_type", "");
    return switch (grant) {
      case "password" -> password(form);
      case "client_credentials" -> clientCredentials(form);
      case JWT_BEARER -> jwtBearer(form);
      default -> error("unsupported_grant_type", "grant type not supported");
    };
  }

  private EmulatorResponse password(Map<String, String> form) {
    EmulatorResponse clientError = checkClient(form);
    if (clientError != null) {
      return clientError;
    }
    if (!same(config.username(), form.get("username"))
        || !same(config.password(), form.get("password"))) {
      return error("invalid_grant", "authentication failure");
    }
    return issued();
  }

  private EmulatorResponse clientCredentials(Map<String, String> form) {
    EmulatorResponse clientError = checkClient(form);
    return clientError != null ? clientError : issued();
  }

  private EmulatorResponse jwtBearer(Map<String, String> form) {
    try {
      jwt.verify(form.get("assertion"));
    } catch (JwtBearerVerifier.RejectedAssertion e) {
      return error(e.error(), e.getMessage());
    }
    return issued();
  }

  private EmulatorResponse checkClient(Map<String, String> form) {
    if (!config.clientId().equals(form.get("client_id"))) {
      return error("invalid_client_id", "client identifier invalid");
    }
    if (!same(config.clientSecret(), form.get("client_secret"))) {
      return error("invalid_client", "invalid client credentials");
    }
    return null;
  }

  private EmulatorResponse issued() {
    String issuedAt = Long.toString(config.clock().millis());
    String base = instanceUrl.get().toString();
    String id = base + "/id/" + SalesforceConfig.ORG_ID + "/" + SalesforceConfig.USER_ID;
    ObjectNode body = Json.object();
    body.put("access_token", sessions.issue());
    body.put("instance_url", base);
    body.put("id", id);
    body.put("token_type", "Bearer");
    body.put("issued_at", issuedAt);
    // Salesforce signs id + issued_at with the consumer secret so clients can check the response.
    body.put("signature", sign(id + issuedAt));
    return EmulatorResponse.json(200, body);
  }

  private String sign(String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(config.clientSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static boolean same(String expected, String given) {
    return given != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  private static EmulatorResponse error(String error, String description) {
    ObjectNode body = Json.object();
    body.put("error", error);
    body.put("error_description", description);
    return EmulatorResponse.json(400, body);
  }

  private static Map<String, String> form(String body) {
    Map<String, String> out = new HashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(
          URLDecoder.decode(k, StandardCharsets.UTF_8),
          URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return out;
  }
}
