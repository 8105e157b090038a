package dev.refsync.sandbox.core;

import java.time.Instant;

/**
 * The outcome of asking a limiter for one request.
 *
 * @param remaining permits left after this request (0 when refused)
 * @param retryAt earliest instant a refused request could succeed (the admitted time otherwise)
 */
public record RateLimitDecision(boolean allowed, long limit, long remaining, Instant retryAt) {}
