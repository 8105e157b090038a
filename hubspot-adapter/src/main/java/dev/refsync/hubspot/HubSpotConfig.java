package dev.refsync.hubspot;

import dev.refsync.core.config.Doc;
import dev.refsync.core.config.Secret;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
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
        Secret webhookClientSecret) {

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
        Secret.of(""));
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
        webhookClientSecret);
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
        webhookClientSecret);
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
        webhookClientSecret);
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
        webhookClientSecret);
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
        secret);
  }

  /** Every problem at once, field by field, then the cross-field rules; empty when valid. */
  public List<ConfigProblem> validate() {
    List<ConfigProblem> problems = new ArrayList<>();
    if (baseUrl == null) {
      problems.add(new ConfigProblem("baseUrl", "is required, e.g. https://api.hubapi.com"));
    } else if ((!"https".equals(baseUrl.getScheme()) && !"http".equals(baseUrl.getScheme()))
        || baseUrl.getHost() == null) {
      problems.add(
          new ConfigProblem(
              "baseUrl", "must be an absolute http(s) URL, e.g. https://api.hubapi.com"));
    }
    if (privateAppToken == null || privateAppToken.isEmpty()) {
      problems.add(
          new ConfigProblem(
              "privateAppToken",
              "is required: create a private app in HubSpot (Settings > Integrations > Private"
                  + " Apps) and paste its access token"));
    }
    if (portalId != null && portalId <= 0) {
      problems.add(new ConfigProblem("portalId", "must be a positive HubSpot account id or empty"));
    }
    if (portalTimeZone == null) {
      problems.add(new ConfigProblem("portalTimeZone", "is required, e.g. UTC or Europe/Berlin"));
    }
    positive(problems, "burstLimit", burstLimit, "requests per window, e.g. 100");
    positive(problems, "searchRequestsPerSecond", searchRequestsPerSecond, "e.g. 5");
    positive(problems, "retryMaxAttempts", retryMaxAttempts, "1 = no retry, e.g. 5");
    positive(problems, "burstInterval", burstInterval, "e.g. 10s");
    positive(problems, "retryBaseBackoff", retryBaseBackoff, "e.g. 500ms");
    positive(problems, "retryMaxBackoff", retryMaxBackoff, "e.g. 30s");
    positive(problems, "connectTimeout", connectTimeout, "e.g. 10s");
    positive(problems, "readTimeout", readTimeout, "e.g. 30s");
    if (webhookClientSecret == null) {
      problems.add(
          new ConfigProblem(
              "webhookClientSecret", "must be set; use an empty secret when webhooks are off"));
    }
    if (isPositive(retryBaseBackoff)
        && isPositive(retryMaxBackoff)
        && retryMaxBackoff.compareTo(retryBaseBackoff) < 0) {
      problems.add(
          new ConfigProblem(
              "retryMaxBackoff", "must be at least retryBaseBackoff (" + retryBaseBackoff + ")"));
    }
    return List.copyOf(problems);
  }

  private static void positive(List<ConfigProblem> problems, String field, int value, String hint) {
    if (value <= 0) {
      problems.add(
          new ConfigProblem(field, "must be a positive number (" + hint + "), was " + value));
    }
  }

  private static void positive(
      List<ConfigProblem> problems, String field, Duration value, String hint) {
    if (!isPositive(value)) {
      problems.add(
          new ConfigProblem(field, "must be a positive duration (" + hint + "), was " + value));
    }
  }

  private static boolean isPositive(Duration d) {
    return d != null && !d.isNegative() && !d.isZero();
  }
}
