package dev.refsync.hubspot.client;

import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.core.error.RateLimitedException;
import dev.refsync.core.error.RetryDecision;
import dev.refsync.core.error.UpstreamServerException;
import dev.refsync.hubspot.HubSpotConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Retry and rate limiting for HubSpot calls (DESIGN 11):
 *
 * <ul>
 *   <li>One Resilience4j {@link Retry}: only what {@link HubSpotErrorClassifier} calls RETRYABLE or
 *       RATE_LIMITED is retried; a RateLimitedException waits exactly its {@code retryAfter},
 *       anything else waits a capped exponential backoff with equal jitter (half fixed, half
 *       random).
 *   <li>A burst {@link WindowLimiter} sized from the config and re-sized from every response's
 *       {@code X-HubSpot-RateLimit-Max} / {@code -Interval-Milliseconds} (VENDOR-FACTS: read limits
 *       at run time), and a separate search limiter (search has its own per-second limit and no
 *       headers). Both are HubSpot's rolling window itself, on the injected clock.
 * </ul>
 *
 * <p>The waiting itself goes through {@link Pause}; the retry is driven by Resilience4j's {@link
 * Retry.AsyncContext}, which decides and reports the interval without blocking.
 */
public final class HubSpotResilience {
  private final HubSpotErrorClassifier classifier;
  private final Retry retry;
  private final WindowLimiter burst;
  private final WindowLimiter search;
  private final Pause pause;
  private final AtomicInteger windowMax;
  private final LongAdder requests = new LongAdder();
  private final LongAdder rateLimitWaits = new LongAdder();
  private final LongAdder retries = new LongAdder();
  private final LongAdder rateLimitedResponses = new LongAdder();

  /**
   * @param clock the limiters' time; the clock {@code pause} advances in tests
   */
  public HubSpotResilience(
      HubSpotConfig config,
      HubSpotErrorClassifier classifier,
      Clock clock,
      Pause pause,
      RandomGenerator random) {
    this.classifier = classifier;
    this.pause = pause;
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
        new WindowLimiter("hubspot-burst", clock, config.burstLimit(), config.burstInterval());
    this.search =
        new WindowLimiter(
            "hubspot-search", clock, config.searchRequestsPerSecond(), Duration.ofSeconds(1));
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
    Duration window = headers.interval() != null ? headers.interval() : burst.window();
    windowMax.set(max);
    if (burst.limit() != max || !burst.window().equals(window)) {
      burst.resize(max, window);
    }
  }

  public WindowLimiter burstLimiter() {
    return burst;
  }

  public WindowLimiter searchLimiter() {
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

  private void acquire(WindowLimiter limiter) {
    Duration wait = limiter.reserve();
    if (!wait.isZero()) {
      rateLimitWaits.increment();
      await(wait);
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
