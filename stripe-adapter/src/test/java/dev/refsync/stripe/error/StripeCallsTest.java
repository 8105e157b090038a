package dev.refsync.stripe.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stripe.exception.ApiException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.RateLimitException;
import dev.refsync.core.error.RateLimitedException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StripeCallsTest {
  private final StripeCalls calls = new StripeCalls(3, Duration.ofMillis(1));
  private final AtomicInteger attempts = new AtomicInteger();

  @Test
  void retriesRateLimitsUntilTheCallSucceeds() {
    String result =
        calls.run(
            () -> {
              if (attempts.incrementAndGet() < 3) {
                throw new RateLimitException("slow", null, "r", "rate_limit", 429, null);
              }
              return "ok";
            });
    assertThat(result).isEqualTo("ok");
    assertThat(attempts).hasValue(3);
  }

  @Test
  void givesUpAfterMaxAttemptsWithTheMappedFailure() {
    assertThatThrownBy(
            () ->
                calls.run(
                    () -> {
                      attempts.incrementAndGet();
                      throw new RateLimitException("slow", null, "r", "rate_limit", 429, null);
                    }))
        .isInstanceOf(RateLimitedException.class);
    assertThat(attempts).hasValue(3);
  }

  @Test
  void neverRetriesAPermanentFailure() {
    assertThatThrownBy(
            () ->
                calls.run(
                    () -> {
                      attempts.incrementAndGet();
                      throw new InvalidRequestException("bad", "p", "r", null, 400, null);
                    }))
        .isInstanceOf(dev.refsync.core.error.InvalidRequestException.class);
    assertThat(attempts).hasValue(1);
  }

  @Test
  void retriesServerErrors() {
    assertThat(
            calls.run(
                () -> {
                  if (attempts.incrementAndGet() == 1) {
                    throw new ApiException("boom", "r", null, 502, null);
                  }
                  return 7;
                }))
        .isEqualTo(7);
    assertThat(attempts).hasValue(2);
  }
}
