package dev.refsync.hubspot.client;

/**
 * A snapshot of the client's counters, for the daemon to publish.
 *
 * @param requests HTTP requests sent (every attempt)
 * @param rateLimitWaits times a call waited for a permit of the client-side limiter
 * @param retries attempts made again after a retryable or rate-limited failure
 * @param rateLimitedResponses 429 and 423 answers received
 * @param burstLimit the client-side limiter's current permits per window
 */
public record HubSpotClientMetrics(
    long requests, long rateLimitWaits, long retries, long rateLimitedResponses, int burstLimit) {}
