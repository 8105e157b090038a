package dev.refsync.salesforce;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.refsync.mappings.spec.MappingSpec;
import dev.refsync.salesforce.auth.JwtBearerAuthenticator;
import dev.refsync.salesforce.config.SalesforceConfig;
import dev.refsync.salesforce.error.SalesforceErrorClassifier;
import dev.refsync.salesforce.provision.MetadataClient;
import dev.refsync.salesforce.provision.SalesforceProvisioner;
import dev.refsync.salesforce.rest.SalesforceRestClient;
import dev.refsync.salesforce.rest.SalesforceRetry;
import java.net.http.HttpClient;
import java.time.Clock;

/**
 * The adapter's clients for one org, wired from its config: one HTTP client, one authenticator
 * shared by REST and the Metadata API so both re-mint the same session.
 */
public final class SalesforceConnection {
  private final SalesforceConfig config;
  private final JwtBearerAuthenticator auth;
  private final SalesforceRestClient rest;
  private final MetadataClient metadata;

  private SalesforceConnection(SalesforceConfig config, Clock clock, ObjectMapper json) {
    this.config = config.requireValid();
    HttpClient http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
    this.auth = new JwtBearerAuthenticator(config, http, clock, json);
    SalesforceErrorClassifier classifier = new SalesforceErrorClassifier();
    this.rest =
        new SalesforceRestClient(
            config, auth, http, json, SalesforceRetry.of("salesforce-rest", config, classifier));
    this.metadata =
        new MetadataClient(
            config, auth, SalesforceRetry.of("salesforce-metadata", config, classifier));
  }

  /** Validates the config and parses the key; no call is made until the first request. */
  public static SalesforceConnection open(SalesforceConfig config, Clock clock, ObjectMapper json) {
    return new SalesforceConnection(config, clock, json);
  }

  public SalesforceConfig config() {
    return config;
  }

  public JwtBearerAuthenticator auth() {
    return auth;
  }

  public SalesforceRestClient rest() {
    return rest;
  }

  public MetadataClient metadata() {
    return metadata;
  }

  /** {@code refsync provision} for this org and mapping. */
  public SalesforceProvisioner provisioner(MappingSpec mapping) {
    return new SalesforceProvisioner(metadata, mapping);
  }
}
