package dev.refsync.hubspot;

import dev.refsync.core.config.ConfigChecks;
import dev.refsync.core.config.ConfigProblem;
import dev.refsync.core.config.Doc;
import dev.refsync.core.config.Secret;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * The HubSpot adapter's configuration (DESIGN 11). Limits here are defaults used only until
 * HubSpot's rate headers have been seen (VENDOR-FACTS: "read the limit headers at run time").
 * {@link #toString()} never shows a secret: {@link Secret} masks itself.
 */
public record HubSpotConfig(
    @Doc(
            "Base URL of the HubSpot API; default https://api.hubapi.com (a sandbox emulator in tests).")
        URI baseUrl,
    @Doc("Private app access token, sent as 'Authorization: Bearer'. Secret: never logged.")
        Secret privateAppToken,
    @Doc(
            "HubSpot account (portal) id, used in custom object names p{portalId}_{name}; null if unknown.")
        Long portalId,
    @Doc("Time zone of the HubSpot account; the DAILY limit resets at its midnight. Default UTC.")
        ZoneId portalTimeZone,
    @Doc(
            "Requests per burst window until X-HubSpot-RateLimit-Max is seen; default 100 (the"
                + " lowest private-app tier, VENDOR-FACTS).")
        int burstLimit,
    @Doc(
            "Length of the burst window until X-HubSpot-RateLimit-Interval-Milliseconds is seen;"
                + " default 10 s.")
        Duration burstInterval,
    @Doc(
            "Search API requests per second (search has its own limit and no rate headers); default 5.")
        int searchRequestsPerSecond,
    @Doc("Attempts per call including the first; default 5. 1 disables in-line retries.")
        int retryMaxAttempts,
    @Doc("First retry backoff before exponential growth and jitter; default 500 ms.")
        Duration retryBaseBackoff,
    @Doc(
            "Cap of the exponential backoff; default 30 s. A vendor Retry-After is honoured even"
                + " when longer.")
        Duration retryMaxBackoff,
    @Doc("TCP connect timeout; default 10 s.") Duration connectTimeout,
    @Doc("Read timeout per response; default 30 s.") Duration readTimeout,
    @Doc(
            "Client secret of the HubSpot app, for webhook v3 signature checks; empty when"
                + " webhooks are not used. Secret: never logged.")
        Secret webhookClientSecret,
    @Doc(
            "How far behind the time of a search its cursor stays. HubSpot's search shows a"
                + " change only after a short delay, not always in the order of the changes, so"
                + " records changed within this time are searched for again on the next pull"
                + " rather than passed by. Default 30 s; 0 only for an index without delay (the"
                + " sandbox).")
        Duration searchSettle) {

  /** The default {@link #searchSettle}. */
  public static final Duration DEFAULT_SEARCH_SETTLE = Duration.ofSeconds(30);

  public static final URI DEFAULT_BASE_URL = URI.create("https://api.hubapi.com");

  /** The documented defaults with the given token. */
  public static HubSpotConfig defaults(Secret privateAppToken) {
    return new HubSpotConfig(
        DEFAULT_BASE_URL,
        privateAppToken,
        null,
        ZoneId.of("UTC"),
        100,
        Duration.ofSeconds(10),
        5,
        5,
        Duration.ofMillis(500),
        Duration.ofSeconds(30),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        Secret.of(""),
        DEFAULT_SEARCH_SETTLE);
  }

  public HubSpotConfig withBaseUrl(URI url) {
    return new HubSpotConfig(
        url,
        privateAppToken,
        portalId,
        portalTimeZone,
        burstLimit,
        burstInterval,
        searchRequestsPerSecond,
        retryMaxAttempts,
        retryBaseBackoff,
        retryMaxBackoff,
        connectTimeout,
        readTimeout,
        webhookClientSecret,
        searchSettle);
  }

  public HubSpotConfig withRetry(int maxAttempts, Duration baseBackoff, Duration maxBackoff) {
    return new HubSpotConfig(
        baseUrl,
        privateAppToken,
        portalId,
        portalTimeZone,
        burstLimit,
        burstInterval,
        searchRequestsPerSecond,
        maxAttempts,
        baseBackoff,
        maxBackoff,
        connectTimeout,
        readTimeout,
        webhookClientSecret,
        searchSettle);
  }

  public HubSpotConfig withPortal(Long id, ZoneId zone) {
    return new HubSpotConfig(
        baseUrl,
        privateAppToken,
        id,
        zone,
        burstLimit,
        burstInterval,
        searchRequestsPerSecond,
        retryMaxAttempts,
        retryBaseBackoff,
        retryMaxBackoff,
        connectTimeout,
        readTimeout,
        webhookClientSecret,
        searchSettle);
  }

  public HubSpotConfig withLimits(int burst, Duration interval, int searchPerSecond) {
    return new HubSpotConfig(
        baseUrl,
        privateAppToken,
        portalId,
        portalTimeZone,
        burst,
        interval,
        searchPerSecond,
        retryMaxAttempts,
        retryBaseBackoff,
        retryMaxBackoff,
        connectTimeout,
        readTimeout,
        webhookClientSecret,
        searchSettle);
  }

  public HubSpotConfig withWebhookClientSecret(Secret secret) {
    return new HubSpotConfig(
        baseUrl,
        privateAppToken,
        portalId,
        portalTimeZone,
        burstLimit,
        burstInterval,
        searchRequestsPerSecond,
        retryMaxAttempts,
        retryBaseBackoff,
        retryMaxBackoff,
        connectTimeout,
        readTimeout,
        secret,
        searchSettle);
  }

  public HubSpotConfig withSearchSettle(Duration settle) {
    return new HubSpotConfig(
        baseUrl,
        privateAppToken,
        portalId,
        portalTimeZone,
        burstLimit,
        burstInterval,
        searchRequestsPerSecond,
        retryMaxAttempts,
        retryBaseBackoff,
        retryMaxBackoff,
        connectTimeout,
        readTimeout,
        webhookClientSecret,
        settle);
  }

  /**
   * Every problem at once, keys prefixed {@code hubspot.}: field by field, then the cross-field
   * rules; empty when valid. Connectivity is checked by the first call.
   */
  public List<ConfigProblem> validate() {
    ConfigChecks checks = new ConfigChecks("hubspot");
    checks.requireAbsoluteUrl("baseUrl", baseUrl, "e.g. " + DEFAULT_BASE_URL);
    checks.requireSecret(
        "privateAppToken",
        privateAppToken,
        "create a private app in HubSpot (Settings > Integrations > Private Apps) and paste its"
            + " access token");
    checks.check(
        portalId == null || portalId > 0,
        "portalId",
        "must be a positive HubSpot account id, was " + portalId,
        "copy the account id from HubSpot, or leave it empty");
    checks.requirePresent("portalTimeZone", portalTimeZone, "e.g. UTC or Europe/Berlin");
    checks.requireAtLeast("burstLimit", burstLimit, 1, "requests per window, e.g. 100");
    checks.requireAtLeast("searchRequestsPerSecond", searchRequestsPerSecond, 1, "e.g. 5");
    checks.requireAtLeast("retryMaxAttempts", retryMaxAttempts, 1, "1 = no retry, e.g. 5");
    checks.requirePositive("burstInterval", burstInterval, "e.g. 10s");
    boolean baseBackoff =
        checks.requirePositive("retryBaseBackoff", retryBaseBackoff, "e.g. 500ms");
    boolean maxBackoff = checks.requirePositive("retryMaxBackoff", retryMaxBackoff, "e.g. 30s");
    checks.requirePositive("connectTimeout", connectTimeout, "e.g. 10s");
    checks.requirePositive("readTimeout", readTimeout, "e.g. 30s");
    checks.requirePresent(
        "webhookClientSecret", webhookClientSecret, "use an empty secret when webhooks are off");
    checks.check(
        searchSettle != null && !searchSettle.isNegative(),
        "searchSettle",
        "must be zero or positive, was " + searchSettle,
        "e.g. 30s");
    if (baseBackoff && maxBackoff) {
      checks.check(
          retryMaxBackoff.compareTo(retryBaseBackoff) >= 0,
          "retryMaxBackoff",
          "is shorter than retryBaseBackoff (" + retryBaseBackoff + "), was " + retryMaxBackoff,
          "make it at least retryBaseBackoff");
    }
    return checks.problems();
  }
}
