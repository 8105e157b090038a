package dev.refsync.stripe.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stripe.Stripe;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import dev.refsync.core.config.Secret;
import dev.refsync.sandbox.core.MutableClock;
import dev.refsync.stripe.config.StripeConfig;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StripeWebhookVerifierTest {
  private static final String SECRET = "whsec_unit_test_secret";
  private static final String PAYLOAD =
      "{\"id\":\"evt_1\",\"object\":\"event\",\"api_version\":\""
          + Stripe.API_VERSION
          + "\",\"created\":1781524800,\"type\":\"customer.created\",\"livemode\":false,"
          + "\"pending_webhooks\":0,\"data\":{\"object\":{\"id\":\"cus_1\",\"object\":\"customer\"}}}";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-06-15T12:00:00Z"));
  private final StripeWebhookVerifier verifier =
      new StripeWebhookVerifier(
          StripeConfig.defaults(Secret.of("sk_test_x"), Secret.of(SECRET)), clock);

  private String sign(String payload, String secret) throws Exception {
    return Webhook.Signature.generateSignatureHeader(
        payload, secret, clock.instant().getEpochSecond());
  }

  @Test
  void aCorrectlySignedPayloadIsAccepted() throws Exception {
    Event event = verifier.verify(PAYLOAD, sign(PAYLOAD, SECRET));
    assertThat(event.getId()).isEqualTo("evt_1");
    assertThat(event.getType()).isEqualTo("customer.created");
  }

  @Test
  void aTamperedBodyIsRejected() throws Exception {
    String header = sign(PAYLOAD, SECRET);
    assertThatThrownBy(() -> verifier.verify(PAYLOAD.replace("cus_1", "cus_2"), header))
        .isInstanceOf(InvalidWebhookSignatureException.class)
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void aPayloadSignedWithAnotherSecretIsRejected() throws Exception {
    assertThatThrownBy(() -> verifier.verify(PAYLOAD, sign(PAYLOAD, "whsec_other")))
        .isInstanceOf(InvalidWebhookSignatureException.class)
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void aTimestampOlderThanTheToleranceIsRejected() throws Exception {
    String header = sign(PAYLOAD, SECRET);
    clock.advance(Duration.ofSeconds(300));
    assertThat(verifier.verify(PAYLOAD, header).getId()).isEqualTo("evt_1");
    clock.advance(Duration.ofSeconds(1));
    assertThatThrownBy(() -> verifier.verify(PAYLOAD, header))
        .isInstanceOf(InvalidWebhookSignatureException.class)
        .hasMessageContaining("tolerance");
  }

  @Test
  void aMissingHeaderIsRejected() {
    assertThatThrownBy(() -> verifier.verify(PAYLOAD, " "))
        .isInstanceOf(InvalidWebhookSignatureException.class)
        .hasMessageContaining("missing Stripe-Signature");
  }
}
