package dev.refsync.hubspot.client;

import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.core.error.RateLimitedException;
import dev.refsync.core.error.RetryDecision;
import dev.refsync.core.error.UpstreamServerException;
import dev.refsync.hubspot.HubSpotConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Resilience4j retry and rate limiting for HubSpot calls (DESIGN 11), configured, not hand-rolled:
 *
 * <ul>
 *   <li>One {@link Retry}: only what {@link HubSpotErrorClassifier} calls RETRYABLE or RATE_LIMITED
 *       is retried; a RateLimitedException waits exactly its {@code retryAfter}, anything else
 *       waits a capped exponential backoff with equal jitter (half fixed, half random).
 *   <li>A burst {@link RateLimiter} sized from the config and re-sized from every response's {@code
 *       X-HubSpot-RateLimit-Max} / {@code -Interval-Milliseconds} (VENDOR-FACTS: read limits at run
 *       time), and a separate search limiter (search has its own per-second limit and no headers).
 * </ul>
 *
 * <p>Resilience4j's fixed cycles are finer than HubSpot's rolling window: the window is split into
 * {@value #CYCLES_PER_WINDOW} cycles of {@code max / (CYCLES_PER_WINDOW + 1)} permits, so any
 * rolling window (which overlaps at most CYCLES_PER_WINDOW + 1 cycles) stays within {@code max}.
 *
 * <p>The waiting itself goes through {@link Pause}; the retry is driven by Resilience4j's {@link
 * Retry.AsyncContext}, which decides and reports the interval without blocking.
 */
public final class HubSpotResilience {
  static final int CYCLES_PER_WINDOW = 10;

  private final HubSpotErrorClassifier classifier;
  private final Retry retry;
  private final RateLimiter burst;
  private final RateLimiter search;
  private final Pause pause;
  private final Duration cycle;
  private final AtomicInteger windowMax;
  private final LongAdder requests = new LongAdder();
  private final LongAdder rateLimitWaits = new LongAdder();
  private final LongAdder retries = new LongAdder();
  private final LongAdder rateLimitedResponses = new LongAdder();

  public HubSpotResilience(
      HubSpotConfig config,
      HubSpotErrorClassifier classifier,
      Pause pause,
      RandomGenerator random) {
    this.classifier = classifier;
    this.pause = pause;
    this.cycle = config.burstInterval().dividedBy(CYCLES_PER_WINDOW);
    this.windowMax = new AtomicInteger(config.burstLimit());
    this.retry =
        Retry.of(
            "hubspot",
            RetryConfig.custom()
                .maxAttempts(config.retryMaxAttempts())
                .retryOnException(e -> classifier.classify(e) != RetryDecision.PERMANENT)
                .intervalBiFunction(
                    interval(config.retryBaseBackoff(), config.retryMaxBackoff(), random))
                .build());
    this.burst =
        RateLimiter.of(
            "hubspot-burst",
            RateLimiterConfig.custom()
                .limitRefreshPeriod(cycle)
                .limitForPeriod(perCycle(config.burstLimit(), config.burstInterval()))
                .timeoutDuration(config.burstInterval())
                .build());
    this.search =
        RateLimiter.of(
            "hubspot-search",
            RateLimiterConfig.custom()
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .limitForPeriod(config.searchRequestsPerSecond())
                .timeoutDuration(Duration.ofSeconds(1))
                .build());
  }

  /**
   * Runs one HubSpot operation: a permit from the right limiter, then the attempt; retried while
   * the classifier allows and attempts remain. The last failure is thrown as is.
   */
  public <T> T execute(boolean isSearch, Supplier<T> attempt) {
    Retry.AsyncContext<T> context = retry.asyncContext();
    while (true) {
      try {
        acquire(isSearch ? search : burst);
        requests.increment();
        T result = attempt.get();
        context.onComplete();
        return result;
      } catch (ConnectorApiException failure) {
        if (failure instanceof RateLimitedException && failure.httpStatus() != 0) {
          rateLimitedResponses.increment();
        }
        long waitMillis = context.onError(failure);
        if (waitMillis < 0) {
          throw failure;
        }
        retries.increment();
        await(Duration.ofMillis(waitMillis));
      }
    }
  }

  /**
   * Re-sizes the burst limiter from a response's rate headers; a response without them (search)
   * changes nothing.
   */
  public void observe(RateHeaders headers) {
    if (headers.max().isEmpty()) {
      return;
    }
    int max = headers.max().getAsInt();
    Duration window =
        headers.interval() != null ? headers.interval() : cycle.multipliedBy(CYCLES_PER_WINDOW);
    int permits = perCycle(max, window);
    windowMax.set(max);
    if (burst.getRateLimiterConfig().getLimitForPeriod() != permits) {
      burst.changeLimitForPeriod(permits);
    }
  }

  public RateLimiter burstLimiter() {
    return burst;
  }

  public RateLimiter searchLimiter() {
    return search;
  }

  public Retry retry() {
    return retry;
  }

  public HubSpotClientMetrics metrics() {
    return new HubSpotClientMetrics(
        requests.sum(),
        rateLimitWaits.sum(),
        retries.sum(),
        rateLimitedResponses.sum(),
        windowMax.get());
  }

  /** Permits per cycle so that CYCLES_PER_WINDOW + 1 consecutive cycles never exceed max. */
  private int perCycle(int max, Duration window) {
    long cyclesPerWindow = Math.max(1, window.toNanos() / Math.max(1, cycle.toNanos()));
    return (int) Math.max(1, max / (cyclesPerWindow + 1));
  }

  private void acquire(RateLimiter limiter) {
    long waitNanos = limiter.reservePermission();
    if (waitNanos < 0) {
      throw new RateLimitedException(
          HubSpotErrorMapper.SYSTEM,
          0,
          "CLIENT_RATE_LIMIT",
          "No "
              + limiter.getName()
              + " permit within "
              + limiter.getRateLimiterConfig().getTimeoutDuration(),
          limiter.getRateLimiterConfig().getLimitRefreshPeriod());
    }
    if (waitNanos > 0) {
      rateLimitWaits.increment();
      await(Duration.ofNanos(waitNanos));
    }
  }

  private void await(Duration duration) {
    try {
      pause.pause(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UpstreamServerException(
          HubSpotErrorMapper.SYSTEM,
          0,
          "INTERRUPTED",
          "Interrupted while waiting to call HubSpot",
          e);
    }
  }

  private static IntervalBiFunction<Object> interval(
      Duration base, Duration max, RandomGenerator random) {
    return (attempt, outcome) -> {
      Throwable failure = outcome.isLeft() ? outcome.getLeft() : null;
      if (failure instanceof RateLimitedException limited && limited.retryAfter() != null) {
        return limited.retryAfter().toMillis();
      }
      return backoffMillis(attempt, base, max, random);
    };
  }

  /** Capped exponential backoff, equal jitter: uniform in [cap/2, cap]. */
  static long backoffMillis(int attempt, Duration base, Duration max, RandomGenerator random) {
    int doublings = Math.min(Math.max(attempt - 1, 0), 30);
    long exponential = base.toMillis() << doublings;
    long cap = Math.min(max.toMillis(), exponential < 0 ? Long.MAX_VALUE : exponential);
    long half = cap / 2;
    return half + (cap - half == 0 ? 0 : random.nextLong(cap - half + 1));
  }
}
