package dev.refsync.salesforce.config;

import dev.refsync.core.config.ConfigChecks;
import dev.refsync.core.config.ConfigProblem;
import dev.refsync.core.config.Doc;
import dev.refsync.core.config.InvalidConfigException;
import dev.refsync.core.config.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How Refsync reaches one Salesforce org (DESIGN 11: one small config record per adapter, every
 * field documented, the key a {@link Secret}).
 */
public record SalesforceConfig(
    @Doc(
            "Where the JWT bearer token request is sent: https://login.salesforce.com, "
                + "https://test.salesforce.com for sandboxes, or the org's My Domain URL.")
        URI loginUrl,
    @Doc(
            "The JWT 'aud' claim Salesforce expects: https://login.salesforce.com for production "
                + "and developer orgs, https://test.salesforce.com for sandboxes.")
        String jwtAudience,
    @Doc("REST and Metadata API version, e.g. 62.0 (default).") String apiVersion,
    @Doc("The connected app's consumer key; the JWT 'iss' claim.") String clientId,
    @Doc("The run-as user the connected app is pre-authorised for; the JWT 'sub' claim.")
        String username,
    @Doc(
            "The connected app's RSA private key, PKCS#8 PEM (BEGIN PRIVATE KEY), loaded with "
                + "PrivateKeys from a file or an environment variable; never logged.")
        Secret privateKey,
    @Doc(
            "Re-mint the access token once it is this old, before Salesforce expires it (the "
                + "org's session timeout; default 1 hour). A 401 re-mints earlier.")
        Duration tokenLifetime,
    @Doc(
            "Records per query page sent as Sforce-Query-Options: batchSize, 200 to 2000 "
                + "(default 2000, Salesforce's maximum).")
        int queryBatchSize,
    @Doc(
            "Attempts per call for retryable failures (5xx, UNABLE_TO_LOCK_ROW, I/O), including the first; 1 disables retry (default 4).")
        int retryMaxAttempts,
    @Doc("Backoff before the first retry; doubles with jitter per attempt (default 500 ms).")
        Duration retryInitialBackoff,
    @Doc("Upper bound of one backoff wait (default 30 s).") Duration retryMaxBackoff,
    @Doc("TCP connect timeout (default 10 s).") Duration connectTimeout,
    @Doc("Timeout of one HTTP request, response included (default 120 s).") Duration requestTimeout,
    @Doc(
            "An object's first pull (no cursor yet) reads it with one Bulk API 2.0 query job instead"
                + " of 2,000-record query pages when the org holds more records of it than this"
                + " (Salesforce recommends Bulk above about 2,000; default 50000, 0 disables).")
        int bulkBackfillThreshold) {

  /** Salesforce's audience for production and developer orgs. */
  public static final String PRODUCTION_AUDIENCE = "https://login.salesforce.com";

  /** Salesforce's audience for sandbox orgs. */
  public static final String SANDBOX_AUDIENCE = "https://test.salesforce.com";

  private static final Pattern API_VERSION = Pattern.compile("\\d{2,3}\\.0");

  /**
   * A config with the defaults above for everything but the identity of the org and the app.
   *
   * @param loginUrl the token endpoint's base URL; the JWT audience follows from it (see {@link
   *     #defaultAudience(URI)}) unless changed with {@link #withJwtAudience(String)}
   */
  public static SalesforceConfig defaults(
      URI loginUrl, String clientId, String username, Secret privateKey) {
    return new SalesforceConfig(
        loginUrl,
        defaultAudience(loginUrl),
        "62.0",
        clientId,
        username,
        privateKey,
        Duration.ofHours(1),
        2000,
        4,
        Duration.ofMillis(500),
        Duration.ofSeconds(30),
        Duration.ofSeconds(10),
        Duration.ofSeconds(120),
        50_000);
  }

  /**
   * The {@code aud} Salesforce expects for a login URL: {@code https://test.salesforce.com} for
   * sandboxes (test.salesforce.com or a {@code .sandbox.my.salesforce.com} My Domain), else {@code
   * https://login.salesforce.com}; a My Domain login URL is not itself an audience (Salesforce
   * help, "OAuth 2.0 JWT Bearer Flow for Server-to-Server Integration").
   */
  public static String defaultAudience(URI loginUrl) {
    String host = loginUrl == null || loginUrl.getHost() == null ? "" : loginUrl.getHost();
    return host.equals("test.salesforce.com") || host.endsWith(".sandbox.my.salesforce.com")
        ? SANDBOX_AUDIENCE
        : PRODUCTION_AUDIENCE;
  }

  public SalesforceConfig withJwtAudience(String audience) {
    return new SalesforceConfig(
        loginUrl,
        audience,
        apiVersion,
        clientId,
        username,
        privateKey,
        tokenLifetime,
        queryBatchSize,
        retryMaxAttempts,
        retryInitialBackoff,
        retryMaxBackoff,
        connectTimeout,
        requestTimeout,
        bulkBackfillThreshold);
  }

  public SalesforceConfig withRetry(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
    return new SalesforceConfig(
        loginUrl,
        jwtAudience,
        apiVersion,
        clientId,
        username,
        privateKey,
        tokenLifetime,
        queryBatchSize,
        maxAttempts,
        initialBackoff,
        maxBackoff,
        connectTimeout,
        requestTimeout,
        bulkBackfillThreshold);
  }

  public SalesforceConfig withQueryBatchSize(int batchSize) {
    return new SalesforceConfig(
        loginUrl,
        jwtAudience,
        apiVersion,
        clientId,
        username,
        privateKey,
        tokenLifetime,
        batchSize,
        retryMaxAttempts,
        retryInitialBackoff,
        retryMaxBackoff,
        connectTimeout,
        requestTimeout,
        bulkBackfillThreshold);
  }

  public SalesforceConfig withBulkBackfillThreshold(int threshold) {
    return new SalesforceConfig(
        loginUrl,
        jwtAudience,
        apiVersion,
        clientId,
        username,
        privateKey,
        tokenLifetime,
        queryBatchSize,
        retryMaxAttempts,
        retryInitialBackoff,
        retryMaxBackoff,
        connectTimeout,
        requestTimeout,
        threshold);
  }

  /**
   * Every problem of this config at once, keys prefixed {@code salesforce.}: field by field, then
   * the cross-field rules; empty when valid. Connectivity is checked by the first token request.
   */
  public List<ConfigProblem> validate() {
    ConfigChecks checks = new ConfigChecks("salesforce");
    checks.requireAbsoluteUrl(
        "loginUrl",
        loginUrl,
        "use " + PRODUCTION_AUDIENCE + ", " + SANDBOX_AUDIENCE + " or the org's My Domain URL");
    checks.requireText("jwtAudience", jwtAudience, "e.g. " + PRODUCTION_AUDIENCE);
    checks.check(
        apiVersion != null && API_VERSION.matcher(apiVersion).matches(),
        "apiVersion",
        "'" + apiVersion + "' is not an API version",
        "use a version like 62.0");
    checks.requireText("clientId", clientId, "set the connected app's consumer key");
    checks.requireText("username", username, "set the run-as user the app is authorised for");
    checks.requireSecret(
        "privateKey",
        privateKey,
        "point it at the connected app's PEM key file or environment variable");
    checks.requirePositive("tokenLifetime", tokenLifetime, "the org's session timeout, e.g. 1h");
    checks.requireBetween(
        "queryBatchSize", queryBatchSize, 200, 2000, "Salesforce accepts 200 to 2000; e.g. 2000");
    checks.requireAtLeast("retryMaxAttempts", retryMaxAttempts, 1, "1 disables retry; e.g. 4");
    boolean initial =
        checks.requirePositive("retryInitialBackoff", retryInitialBackoff, "e.g. 500ms");
    boolean max = checks.requirePositive("retryMaxBackoff", retryMaxBackoff, "e.g. 30s");
    checks.requirePositive("connectTimeout", connectTimeout, "e.g. 10s");
    checks.requirePositive("requestTimeout", requestTimeout, "e.g. 120s");
    checks.requireAtLeast(
        "bulkBackfillThreshold", bulkBackfillThreshold, 0, "0 disables Bulk; e.g. 50000");
    if (initial && max) {
      checks.check(
          retryMaxBackoff.compareTo(retryInitialBackoff) >= 0,
          "retryMaxBackoff",
          retryMaxBackoff + " is shorter than retryInitialBackoff " + retryInitialBackoff,
          "make it at least retryInitialBackoff");
    }
    return checks.problems();
  }

  /**
   * This config when it is valid, for the clients that are built from it.
   *
   * @throws InvalidConfigException listing every problem of {@link #validate()}
   */
  public SalesforceConfig requireValid() {
    InvalidConfigException.throwIfAny(validate());
    return this;
  }

  /** {@code {instanceUrl}/services/data/v{apiVersion}}, the REST base path. */
  public String restPath() {
    return "/services/data/v" + apiVersion;
  }
}
