package dev.refsync.salesforce.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.refsync.salesforce.SalesforceConnection;
import dev.refsync.salesforce.auth.JwtBearerAuthenticator;
import dev.refsync.salesforce.config.SalesforceConfig;
import dev.refsync.salesforce.provision.MetadataClient;
import dev.refsync.salesforce.rest.SalesforceRestClient;
import dev.refsync.sandbox.core.MutableClock;
import dev.refsync.sandbox.salesforce.SalesforceEmulator;
import java.net.http.HttpClient;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * A started Salesforce emulator whose connected app holds a fresh test key, and the adapter's
 * clients wired to it by {@link SalesforceConnection} over real HTTP with millisecond retry
 * backoff.
 */
public final class EmulatedOrg implements AutoCloseable {
  public static final String USERNAME = "sync@refsync.example";
  public static final String CLIENT_ID = "3MVG9refsyncAdapterIT";
  public static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
  private static final KeyPair APP_KEY = TestKeys.rsa();

  public final MutableClock clock = new MutableClock(START);
  public final SalesforceEmulator sf;
  public final SalesforceConfig config;
  public final ObjectMapper json = new ObjectMapper();
  public final HttpClient http = HttpClient.newHttpClient();
  public final SalesforceConnection connection;
  public final JwtBearerAuthenticator auth;
  public final SalesforceRestClient rest;
  public final MetadataClient metadata;

  public EmulatedOrg() {
    this(c -> c);
  }

  public EmulatedOrg(UnaryOperator<dev.refsync.sandbox.salesforce.SalesforceConfig> org) {
    sf =
        SalesforceEmulator.start(
            org.apply(
                dev.refsync.sandbox.salesforce.SalesforceConfig.defaults(
                        USERNAME, "unused-password", CLIENT_ID, "unused-secret", clock)
                    .withJwtPublicKey((RSAPublicKey) APP_KEY.getPublic())));
    config =
        SalesforceConfig.defaults(sf.baseUri(), CLIENT_ID, USERNAME, TestKeys.pem(APP_KEY))
            .withRetry(4, Duration.ofMillis(1), Duration.ofMillis(5));
    connection = SalesforceConnection.open(config, clock, json);
    auth = connection.auth();
    rest = connection.rest();
    metadata = connection.metadata();
  }

  public long count(String endpoint) {
    return sf.requestCounts().getOrDefault(endpoint, 0L);
  }

  @Override
  public void close() {
    sf.close();
  }
}
