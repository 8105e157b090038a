package dev.refsync.stripe.config;

import com.stripe.StripeClient;
import dev.refsync.core.config.InvalidConfigException;

/** Builds the one {@link StripeClient} instance of a connection; never the static Stripe.apiKey. */
public final class StripeClients {
  private StripeClients() {}

  /**
   * A client for this configuration.
   *
   * @throws InvalidConfigException listing every problem when the configuration is invalid
   */
  public static StripeClient create(StripeConfig config) {
    return create(config, new StripeRequestCounts());
  }

  /**
   * A client for this configuration sending through {@code http} (the counting client the runtime
   * reads its request metrics from).
   *
   * @throws InvalidConfigException listing every problem when the configuration is invalid
   */
  public static StripeClient create(StripeConfig config, StripeRequestCounts http) {
    InvalidConfigException.throwIfAny(config.validate());
    return StripeClient.builder()
        .setHttpClient(http)
        .setApiKey(config.secretKey().reveal())
        .setApiBase(config.apiBase())
        .setMaxNetworkRetries(config.maxNetworkRetries())
        .setConnectTimeout(Math.toIntExact(config.connectTimeout().toMillis()))
        .setReadTimeout(Math.toIntExact(config.readTimeout().toMillis()))
        .build();
  }
}
