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
    InvalidConfigException.throwIfAny(config.validate());
    return StripeClient.builder()
        .setApiKey(config.secretKey().reveal())
        .setApiBase(config.apiBase())
        .setMaxNetworkRetries(config.maxNetworkRetries())
        .setConnectTimeout(Math.toIntExact(config.connectTimeout().toMillis()))
        .setReadTimeout(Math.toIntExact(config.readTimeout().toMillis()))
        .build();
  }
}
