package dev.refsync.stripe.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.param.CustomerCreateParams;
import dev.refsync.core.config.Secret;
import dev.refsync.core.error.AuthenticationException;
import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.core.error.InvalidRequestException;
import dev.refsync.core.error.RateLimitedException;
import dev.refsync.core.error.RetryDecision;
import dev.refsync.core.error.UpstreamServerException;
import dev.refsync.sandbox.stripe.StripeEndpoints;
import dev.refsync.sandbox.stripe.StripeSeedSpec;
import dev.refsync.stripe.StripeEmulatorFixture;
import dev.refsync.stripe.config.StripeClients;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real stripe-java exceptions from the emulator's responses and injected faults. */
class StripeErrorsIT {
  private final StripeEmulatorFixture f =
      new StripeEmulatorFixture(new StripeSeedSpec(3, 2, 1, 0, 0, 0));
  private final StripeClient client = f.client();
  private final StripeCalls once = new StripeCalls(1, Duration.ofMillis(1));
  private final StripeErrorClassifier classifier = new StripeErrorClassifier();

  @AfterEach
  void stop() {
    f.close();
  }

  private StripeException raw(StripeCalls.StripeCall<?> call) {
    return catchThrowableOfType(StripeException.class, call::call);
  }

  @Test
  void theShouldRetryHeaderIsReadFromARealErrorResponse() {
    f.stripe.faults().failNext(1, 503);
    StripeException e = raw(() -> client.v1().customers().list());
    assertThat(StripeFailure.of(e).shouldRetry()).contains(true);
    assertThat(classifier.classify(e)).isEqualTo(RetryDecision.RETRYABLE);

    StripeException missing = raw(() -> client.v1().customers().retrieve("cus_missing"));
    assertThat(StripeFailure.of(missing).shouldRetry()).isEmpty();
  }

  @Test
  void aWrongKeyIsAnAuthenticationFailureNamingNoKey() {
    StripeClient wrong =
        StripeClients.create(
            f.config()
                .withApiBase(f.stripe.baseUri().toString())
                .withSecretKey(Secret.of("sk_test_wrong_key_1234")));
    ConnectorApiException e =
        catchThrowableOfType(
            ConnectorApiException.class, () -> once.run(() -> wrong.v1().customers().list()));
    assertThat(e).isInstanceOf(AuthenticationException.class);
    assertThat(e.httpStatus()).isEqualTo(401);
    assertThat(e.getMessage()).doesNotContain("sk_test_wrong_key_1234");
    assertThat(classifier.classify(e)).isEqualTo(RetryDecision.PERMANENT);
  }

  @Test
  void aMissingObjectIsAnInvalidRequestAndIsNotRetried() {
    StripeCalls retrying = StripeEmulatorFixture.calls();
    long before = f.requests(StripeEndpoints.CUSTOMERS_RETRIEVE);
    assertThatThrownBy(() -> retrying.run(() -> client.v1().customers().retrieve("cus_missing")))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(404);
              assertThat(e.vendorCode()).isEqualTo("resource_missing");
            });
    assertThat(f.requests(StripeEndpoints.CUSTOMERS_RETRIEVE) - before).isEqualTo(1);
  }

  @Test
  void aRateLimitIsRateLimited() {
    f.stripe.faults().failNext(1, 429);
    assertThatThrownBy(() -> once.run(() -> client.v1().customers().list()))
        .isInstanceOf(RateLimitedException.class);
  }

  @Test
  void lockTimeoutIsRateLimitedAndCarriesShouldRetry() {
    f.stripe.faults().failNext(1, 409);
    StripeException e = raw(() -> client.v1().customers().list());
    assertThat(e.getCode()).isEqualTo("lock_timeout");
    assertThat(StripeFailure.of(e).shouldRetry()).contains(true);
    assertThat(StripeExceptions.map(e)).isInstanceOf(RateLimitedException.class);
  }

  @Test
  void serverErrorsAndDroppedConnectionsAreUpstreamFailures() {
    f.stripe.faults().failNext(1, 500);
    assertThatThrownBy(() -> once.run(() -> client.v1().customers().list()))
        .isInstanceOf(UpstreamServerException.class);

    // The JDK's HttpURLConnection (stripe-java's transport) silently resends a request once when
    // the connection drops, so two resets make the failure visible (sandbox README).
    f.stripe.faults().resetNext(2, StripeEndpoints.CUSTOMERS_CREATE);
    ConnectorApiException e =
        catchThrowableOfType(
            ConnectorApiException.class,
            () ->
                once.run(
                    () ->
                        client
                            .v1()
                            .customers()
                            .create(
                                CustomerCreateParams.builder().setEmail("a@b.example").build())));
    assertThat(e).isInstanceOf(UpstreamServerException.class);
    assertThat(e.httpStatus()).isZero();
  }

  @Test
  void retriesGetThroughABurst() {
    f.stripe.faults().failNext(2, 429).failNext(2, 503);
    assertThat(StripeEmulatorFixture.calls().run(() -> client.v1().customers().list()).getData())
        .hasSize(2);
  }
}
