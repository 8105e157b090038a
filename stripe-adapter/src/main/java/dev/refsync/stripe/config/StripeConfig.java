package dev.refsync.stripe.config;

import dev.refsync.core.config.ConfigChecks;
import dev.refsync.core.config.ConfigProblem;
import dev.refsync.core.config.Doc;
import dev.refsync.core.config.Secret;
import java.time.Duration;
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
   * Every problem of this configuration at once, keys prefixed {@code stripe.}, each naming what to
   * do; empty when it is usable. Connectivity is checked afterwards by {@link StripeConnectivity}.
   */
  public List<ConfigProblem> validate() {
    ConfigChecks checks = new ConfigChecks("stripe");
    if (checks.requireSecret("secretKey", secretKey, "set the account's secret key (sk_...)")) {
      checks.check(
          secretKey.reveal().matches("(sk|rk)_(live|test)_.+"),
          "secretKey",
          "is not a Stripe secret or restricted key",
          "it must start with sk_live_, sk_test_, rk_live_ or rk_test_ (publishable pk_ keys"
              + " cannot read events)");
    }
    checks.requireAbsoluteUrl("apiBase", apiBase, "default is " + DEFAULT_API_BASE);
    if (checks.requireSecret(
        "webhookSigningSecret",
        webhookSigningSecret,
        "copy the endpoint's signing secret (whsec_...)")) {
      checks.check(
          webhookSigningSecret.reveal().startsWith("whsec_"),
          "webhookSigningSecret",
          "is not a webhook signing secret",
          "it must start with whsec_; copy it from the webhook endpoint");
    }
    checks.requirePositive("webhookTolerance", webhookTolerance, "default is 300s");
    checks.requireAtLeast(
        "maxNetworkRetries", maxNetworkRetries, 0, "0 disables stripe-java's retries; default 2");
    checks.requirePositive("connectTimeout", connectTimeout, "default is 30s");
    checks.requirePositive("readTimeout", readTimeout, "default is 80s");
    checks.requireBetween(
        "eventsPageSize", eventsPageSize, 1, MAX_PAGE_SIZE, "Stripe's list limit; default 100");
    if (checks.requirePositive("eventRetention", eventRetention, "default is 30 days")) {
      checks.check(
          eventRetention.compareTo(EVENT_RETENTION) <= 0,
          "eventRetention",
          "is longer than Stripe keeps events (30 days), was " + eventRetention,
          "use at most 30 days: a longer value would skip events that are gone instead of"
              + " backfilling");
    }
    if (checks.requireText(
        "accountIdMetadataKey", accountIdMetadataKey, "default is " + DEFAULT_ACCOUNT_ID_KEY)) {
      checks.check(
          accountIdMetadataKey.length() <= MAX_METADATA_KEY,
          "accountIdMetadataKey",
          "is " + accountIdMetadataKey.length() + " characters long",
          "Stripe metadata keys are at most 40 characters");
    }
    return checks.problems();
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
