package dev.refsync.stripe.error;

import com.stripe.exception.StripeException;
import com.stripe.model.HasId;
import com.stripe.model.StripeCollection;
import com.stripe.model.StripeObject;
import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.core.error.RetryDecision;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Runs stripe-java calls under a Resilience4j retry (DESIGN 11) driven by {@link
 * StripeErrorClassifier}: RETRYABLE and RATE_LIMITED failures are retried with capped, jittered
 * exponential backoff; a PERMANENT failure, or the last attempt's, surfaces as the core exception
 * of {@link StripeExceptions#map}. stripe-java's own network retries run inside each attempt; this
 * layer adds what it does not retry, chiefly 429s.
 */
public final class StripeCalls {

  /** One stripe-java call. */
  @FunctionalInterface
  public interface StripeCall<T> {
    T call() throws StripeException;
  }

  private final Retry retry;

  /**
   * @param maxAttempts attempts per call including the first (at least 1)
   * @param initialWait first backoff; doubles per attempt, capped at 5 s (stripe-java's cap,
   *     VENDOR-FACTS), with 50 % jitter
   */
  public StripeCalls(int maxAttempts, Duration initialWait) {
    StripeErrorClassifier classifier = new StripeErrorClassifier();
    RetryConfig config =
        RetryConfig.custom()
            .maxAttempts(maxAttempts)
            .intervalFunction(
                IntervalFunction.ofExponentialRandomBackoff(
                    initialWait, 2.0, 0.5, Duration.ofSeconds(5)))
            .retryOnException(t -> classifier.classify(t) != RetryDecision.PERMANENT)
            .failAfterMaxAttempts(false)
            .build();
    this.retry = Retry.of("stripe", config);
  }

  /** Stripe's documented backoff start (0.5 s) and 4 attempts. */
  public static StripeCalls defaults() {
    return new StripeCalls(4, Duration.ofMillis(500));
  }

  /**
   * Runs the call, retrying as classified.
   *
   * @throws ConnectorApiException the mapped failure when it is permanent or attempts ran out
   */
  public <T> T run(StripeCall<T> call) {
    try {
      return Retry.decorateCheckedSupplier(retry, call::call).get();
    } catch (StripeException e) {
      throw StripeExceptions.map(e);
    } catch (RuntimeException e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("unexpected failure from a Stripe call", e);
    }
  }

  /** One list endpoint's page after an object id (null: the first page). */
  @FunctionalInterface
  public interface ListPage<T extends StripeObject & HasId> {
    StripeCollection<T> after(String startingAfter) throws StripeException;
  }

  /**
   * Hands every object of a list endpoint to {@code each}, page by page, each page its own call
   * retried as classified (a 429 waits and repeats that page). stripe-java's auto-paging would
   * fetch the later pages outside these retries and give up on the first rate limit: it retries a
   * 429 only when Stripe answers {@code Stripe-Should-Retry: true}.
   */
  public <T extends StripeObject & HasId> void forEachListed(ListPage<T> list, Consumer<T> each) {
    String after = null;
    while (true) {
      String startingAfter = after;
      StripeCollection<T> page = run(() -> list.after(startingAfter));
      for (T object : page.getData()) {
        each.accept(object);
        after = object.getId();
      }
      if (!Boolean.TRUE.equals(page.getHasMore()) || page.getData().isEmpty()) {
        return;
      }
    }
  }
}
