package dev.refsync.deploy.daemon;

import java.util.Map;

/**
 * A connection's vendor API counters, read by the daemon's meters.
 *
 * @param requestsByOperation HTTP requests sent per operation, every attempt counted
 * @param rateLimitWaits times a call waited for the client-side rate limiter; -1 when the adapter
 *     has none (Salesforce and Stripe report rate limits as failed steps instead)
 */
public record ApiCounters(Map<String, Long> requestsByOperation, long rateLimitWaits) {
  public ApiCounters {
    requestsByOperation = Map.copyOf(requestsByOperation);
  }
}
