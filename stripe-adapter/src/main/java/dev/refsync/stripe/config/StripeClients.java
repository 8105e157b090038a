package dev.refsync.stripe.config;

import com.stripe.StripeClient;
import java.util.List;

/** Builds the one {@link StripeClient} instance of a connection; never the static Stripe.apiKey. */
public final class StripeClients {
  private StripeClients() {}

  /**
   * A client for this configuration.
   *
   * @throws InvalidStripeConfigException listing every problem when the configuration is invalid
   */
  public static StripeClient create(StripeConfig config) {
    List<String> problems = config.validate();
    if (!problems.isEmpty()) {
      throw new InvalidStripeConfigException(problems);
    }
    return StripeClient.builder()
        .setApiKey(config.secretKey().reveal())
        .setApiBase(config.apiBase())
        .setMaxNetworkRetries(config.maxNetworkRetries())
        .setConnectTimeout(Math.toIntExact(config.connectTimeout().toMillis()))
        .setReadTimeout(Math.toIntExact(config.readTimeout().toMillis()))
        .build();
  }
}
