package dev.refsync.stripe.config;

import dev.refsync.core.config.Doc;
import dev.refsync.core.config.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How Refsync talks to one Stripe account (DESIGN 11: one small config record per adapter; every
 * component documented, secrets masked, every problem reported at once by {@link #validate()}).
 */
public record StripeConfig(
    @Doc("Stripe secret API key (sk_live_... or sk_test_...), or a restricted key (rk_...).")
        Secret secretKey,
    @Doc("API root; default https://api.stripe.com. Point it at an emulator for tests.")
        String apiBase,
    @Doc("Webhook endpoint signing secret (whsec_...) used to verify Stripe-Signature.")
        Secret webhookSigningSecret,
    @Doc("How old a webhook's signed timestamp may be; default 300 s, Stripe's own tolerance.")
        Duration webhookTolerance,
    @Doc(
            "Retries of one call after a connection error, 409, 5xx or Stripe-Should-Retry: true;"
                + " default 2 (stripe-java's backoff 0.5 s doubling to 5 s).")
        int maxNetworkRetries,
    @Doc("TCP connect timeout; default 30 s.") Duration connectTimeout,
    @Doc("Socket read timeout per request; default 80 s (stripe-java's default).")
        Duration readTimeout,
    @Doc("Events per /v1/events page, 1 to 100 (Stripe's list limit); default 100.")
        int eventsPageSize,
    @Doc(
            "How far back /v1/events reaches (Stripe keeps 30 days); a cursor older than this"
                + " needs a backfill from the list endpoints.")
        Duration eventRetention,
    @Doc("Customer metadata key holding the CRM account id; default refsync_account_id.")
        String accountIdMetadataKey) {

  public static final String DEFAULT_API_BASE = "https://api.stripe.com";
  public static final Duration DEFAULT_WEBHOOK_TOLERANCE = Duration.ofSeconds(300);
  public static final Duration EVENT_RETENTION = Duration.ofDays(30);
  public static final String DEFAULT_ACCOUNT_ID_KEY = "refsync_account_id";

  /** Stripe list endpoints accept limit 1 to 100 (VENDOR-FACTS). */
  public static final int MAX_PAGE_SIZE = 100;

  /** Stripe metadata keys are at most 40 characters (VENDOR-FACTS). */
  private static final int MAX_METADATA_KEY = 40;

  /** The defaults of every optional component, for a secret key and a webhook secret. */
  public static StripeConfig defaults(Secret secretKey, Secret webhookSigningSecret) {
    return new StripeConfig(
        secretKey,
        DEFAULT_API_BASE,
        webhookSigningSecret,
        DEFAULT_WEBHOOK_TOLERANCE,
        2,
        Duration.ofSeconds(30),
        Duration.ofSeconds(80),
        MAX_PAGE_SIZE,
        EVENT_RETENTION,
        DEFAULT_ACCOUNT_ID_KEY);
  }

  public StripeConfig withSecretKey(Secret key) {
    return new StripeConfig(
        key,
        apiBase,
        webhookSigningSecret,
        webhookTolerance,
        maxNetworkRetries,
        connectTimeout,
        readTimeout,
        eventsPageSize,
        eventRetention,
        accountIdMetadataKey);
  }

  public StripeConfig withApiBase(String base) {
    return new StripeConfig(
        secretKey,
        base,
        webhookSigningSecret,
        webhookTolerance,
        maxNetworkRetries,
        connectTimeout,
        readTimeout,
        eventsPageSize,
        eventRetention,
        accountIdMetadataKey);
  }

  public StripeConfig withMaxNetworkRetries(int retries) {
    return new StripeConfig(
        secretKey,
        apiBase,
        webhookSigningSecret,
        webhookTolerance,
        retries,
        connectTimeout,
        readTimeout,
        eventsPageSize,
        eventRetention,
        accountIdMetadataKey);
  }

  public StripeConfig withEventsPageSize(int size) {
    return new StripeConfig(
        secretKey,
        apiBase,
        webhookSigningSecret,
        webhookTolerance,
        maxNetworkRetries,
        connectTimeout,
        readTimeout,
        size,
        eventRetention,
        accountIdMetadataKey);
  }

  /**
   * Every problem of this configuration at once, each naming the field and what to do; empty when
   * it is usable. Connectivity is not checked here.
   */
  public List<String> validate() {
    List<String> problems = new ArrayList<>();
    if (secretKey == null || secretKey.isEmpty()) {
      problems.add("stripe.secretKey: missing; set the account's secret key (sk_...)");
    } else if (!secretKey.reveal().matches("(sk|rk)_(live|test)_.+")) {
      problems.add(
          "stripe.secretKey: not a Stripe secret or restricted key; it must start with sk_live_,"
              + " sk_test_, rk_live_ or rk_test_ (publishable pk_ keys cannot read events)");
    }
    checkApiBase(problems);
    if (webhookSigningSecret == null || webhookSigningSecret.isEmpty()) {
      problems.add(
          "stripe.webhookSigningSecret: missing; copy the endpoint's signing secret (whsec_...)");
    } else if (!webhookSigningSecret.reveal().startsWith("whsec_")) {
      problems.add("stripe.webhookSigningSecret: must start with whsec_");
    }
    positive(problems, "webhookTolerance", webhookTolerance);
    if (maxNetworkRetries < 0) {
      problems.add("stripe.maxNetworkRetries: must be 0 or more, was " + maxNetworkRetries);
    }
    positive(problems, "connectTimeout", connectTimeout);
    positive(problems, "readTimeout", readTimeout);
    if (eventsPageSize < 1 || eventsPageSize > MAX_PAGE_SIZE) {
      problems.add(
          "stripe.eventsPageSize: must be 1 to " + MAX_PAGE_SIZE + ", was " + eventsPageSize);
    }
    positive(problems, "eventRetention", eventRetention);
    if (eventRetention != null && eventRetention.compareTo(EVENT_RETENTION) > 0) {
      problems.add(
          "stripe.eventRetention: Stripe keeps events 30 days; a longer value would skip events"
              + " that are gone instead of backfilling, was "
              + eventRetention);
    }
    if (accountIdMetadataKey == null || accountIdMetadataKey.isBlank()) {
      problems.add("stripe.accountIdMetadataKey: missing; default is " + DEFAULT_ACCOUNT_ID_KEY);
    } else if (accountIdMetadataKey.length() > MAX_METADATA_KEY) {
      problems.add(
          "stripe.accountIdMetadataKey: Stripe metadata keys are at most 40 characters, was "
              + accountIdMetadataKey.length());
    }
    return List.copyOf(problems);
  }

  private void checkApiBase(List<String> problems) {
    if (apiBase == null || apiBase.isBlank()) {
      problems.add("stripe.apiBase: missing; default is " + DEFAULT_API_BASE);
      return;
    }
    try {
      URI uri = new URI(apiBase);
      if (uri.getHost() == null
          || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
        problems.add("stripe.apiBase: must be an http(s) URL with a host, was " + apiBase);
      }
    } catch (java.net.URISyntaxException e) {
      problems.add("stripe.apiBase: not a URL (" + e.getReason() + "), was " + apiBase);
    }
  }

  private static void positive(List<String> problems, String field, Duration value) {
    if (value == null) {
      problems.add("stripe." + field + ": missing");
    } else if (value.isNegative() || value.isZero()) {
      problems.add("stripe." + field + ": must be positive, was " + value);
    }
  }

  @Override
  public String toString() {
    return "StripeConfig[secretKey="
        + secretKey
        + ", apiBase="
        + apiBase
        + ", webhookSigningSecret="
        + webhookSigningSecret
        + ", webhookTolerance="
        + webhookTolerance
        + ", maxNetworkRetries="
        + maxNetworkRetries
        + ", connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", eventsPageSize="
        + eventsPageSize
        + ", eventRetention="
        + eventRetention
        + ", accountIdMetadataKey="
        + accountIdMetadataKey
        + "]";
  }
}
