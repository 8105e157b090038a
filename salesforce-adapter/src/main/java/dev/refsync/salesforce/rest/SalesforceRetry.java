package dev.refsync.salesforce.rest;

import dev.refsync.core.error.RetryDecision;
import dev.refsync.salesforce.config.SalesforceConfig;
import dev.refsync.salesforce.error.SalesforceErrorClassifier;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

/**
 * The in-line retry of one REST call (DESIGN 11: Resilience4j, capped jittered backoff). Only what
 * the classifier calls RETRYABLE is retried here; quota and permanent failures go straight to the
 * caller, so a spent allocation causes no retry storm.
 */
public final class SalesforceRetry {
  private static final double MULTIPLIER = 2.0;
  private static final double JITTER = 0.5;

  private SalesforceRetry() {}

  public static Retry of(
      String name, SalesforceConfig config, SalesforceErrorClassifier classifier) {
    RetryConfig retryConfig =
        RetryConfig.custom()
            .maxAttempts(config.retryMaxAttempts())
            .intervalFunction(
                IntervalFunction.ofExponentialRandomBackoff(
                    config.retryInitialBackoff(), MULTIPLIER, JITTER, config.retryMaxBackoff()))
            .retryOnException(e -> classifier.classify(e) == RetryDecision.RETRYABLE)
            .build();
    return Retry.of(name, retryConfig);
  }
}
