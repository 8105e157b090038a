package dev.refsync.stripe.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.config.Secret;
import dev.refsync.sandbox.stripe.StripeSeedSpec;
import dev.refsync.stripe.StripeEmulatorFixture;
import dev.refsync.stripe.error.StripeCalls;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StripeConnectivityIT {
  private final StripeEmulatorFixture f =
      new StripeEmulatorFixture(new StripeSeedSpec(1, 1, 1, 0, 0, 0));
  private final StripeCalls once = new StripeCalls(1, Duration.ofMillis(1));

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void aWorkingKeyHasNoProblem() {
    assertThat(StripeConnectivity.check(f.client(), once)).isEmpty();
  }

  @Test
  void aRefusedKeyIsReportedWithoutItsValue() {
    String wrong = "sk_test_not_this_account_9876";
    assertThat(
            StripeConnectivity.check(
                StripeClients.create(f.config().withSecretKey(Secret.of(wrong))), once))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.key()).isEqualTo("stripe.secretKey");
              assertThat(p.message()).startsWith("refused");
              assertThat(p.toString()).doesNotContain(wrong);
            });
  }

  @Test
  void anUnreachableFeedIsReported() {
    f.stripe.faults().failNext(1, 503);
    assertThat(StripeConnectivity.check(f.client(), once))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.key()).isEqualTo("stripe.apiBase");
              assertThat(p.message()).contains("UpstreamServerException").contains("503");
              assertThat(p.hint()).isNotBlank();
            });
  }
}
