package dev.refsync.stripe.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.RateLimitException;
import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.core.error.RateLimitedException;
import dev.refsync.core.error.UpstreamServerException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class StripeExceptionsTest {

  @Test
  void rateLimitBecomesRateLimitedWithStripesFirstBackoff() {
    ConnectorApiException e =
        StripeExceptions.map(
            new RateLimitException("slow", null, "req_9", "rate_limit", 429, null));
    assertThat(e)
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            r -> assertThat(r.retryAfter()).isEqualTo(StripeExceptions.RATE_LIMIT_WAIT));
    assertThat(e.system()).isEqualTo("STRIPE");
    assertThat(e.httpStatus()).isEqualTo(429);
    assertThat(e.vendorCode()).isEqualTo("rate_limit");
    assertThat(e.getMessage()).contains("req_9").contains("slow");
  }

  @Test
  void lockTimeoutBecomesRateLimited() {
    assertThat(
            StripeExceptions.map(
                new InvalidRequestException("locked", null, "r", "lock_timeout", 409, null)))
        .isInstanceOf(RateLimitedException.class);
  }

  @Test
  void serverErrorBecomesUpstream() {
    assertThat(StripeExceptions.map(new ApiException("boom", "r", null, 500, null)))
        .isInstanceOf(UpstreamServerException.class)
        .extracting(ConnectorApiException::httpStatus)
        .isEqualTo(500);
  }

  @Test
  void connectionErrorBecomesUpstreamWithoutStatus() {
    ConnectorApiException e =
        StripeExceptions.map(new ApiConnectionException("reset", new IOException("reset")));
    assertThat(e).isInstanceOf(UpstreamServerException.class);
    assertThat(e.httpStatus()).isZero();
  }

  @Test
  void unreadableSuccessBodyBecomesUpstream() {
    ConnectorApiException e =
        StripeExceptions.map(
            new ApiException("Invalid response object from API: {\"id\":", "r", null, 200, null));
    assertThat(e).isInstanceOf(UpstreamServerException.class);
    assertThat(e.httpStatus()).isEqualTo(200);
  }

  @Test
  void conflictBecomesUpstream() {
    assertThat(StripeExceptions.map(new IdempotencyException("in flight", "r", null, 409)))
        .isInstanceOf(UpstreamServerException.class);
  }

  @Test
  void unauthorizedBecomesAuthentication() {
    assertThat(StripeExceptions.map(new AuthenticationException("bad key", "r", null, 401)))
        .isInstanceOf(dev.refsync.core.error.AuthenticationException.class);
  }

  @Test
  void otherClientErrorBecomesInvalidRequest() {
    ConnectorApiException e =
        StripeExceptions.map(
            new InvalidRequestException(
                "No such customer", "id", "r", "resource_missing", 404, null));
    assertThat(e).isInstanceOf(dev.refsync.core.error.InvalidRequestException.class);
    assertThat(e.vendorCode()).isEqualTo("resource_missing");
    assertThat(e.getCause()).isInstanceOf(InvalidRequestException.class);
  }
}
