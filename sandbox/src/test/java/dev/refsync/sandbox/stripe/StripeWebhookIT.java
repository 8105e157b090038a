package dev.refsync.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.sandbox.core.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StripeWebhookIT {

  private static final String SECRET = "whsec_test_emulator";

  private final StripeFixture f = new StripeFixture();
  private final WebhookReceiver receiver = new WebhookReceiver();

  @AfterEach
  void stop() {
    receiver.close();
    f.close();
  }

  @Test
  void deliveredEventIsSignedOverTimestampDotBodyByTheClock() throws Exception {
    PaidInvoice paid = f.stripe.payInvoice(f.subscription(f.customer("email=a%40x.example"), 1000));
    String eventId = f.client.get("/v1/events?type=invoice.paid").json().at("/data/0/id").asText();
    f.clock.advance(Duration.ofMinutes(3));

    var delivery = f.stripe.deliverEvent(receiver.uri(), SECRET, eventId);

    assertThat(delivery.status()).isEqualTo(200);
    assertThat(receiver.received).hasSize(1);
    var got = receiver.received.get(0);
    long t = f.clock.instant().getEpochSecond();
    assertThat(got.signature()).isEqualTo("t=" + t + ",v1=" + hmac(SECRET, t + "." + got.body()));
    assertThat(got.contentType()).startsWith("application/json");
    var event = Json.parse(got.body());
    assertThat(event.get("id").asText()).isEqualTo(eventId);
    assertThat(event.at("/data/object/id").asText()).isEqualTo(paid.invoiceId());
    assertThat(delivery.timestamp()).isEqualTo(t);
  }

  @Test
  void aWrongSecretGivesADifferentSignature() throws Exception {
    f.customer("email=a%40x.example");
    String eventId = f.stripe.events().get(0).get("id").asText();
    f.stripe.deliverEvent(receiver.uri(), SECRET, eventId);
    var got = receiver.received.get(0);
    long t = f.clock.instant().getEpochSecond();
    assertThat(got.signature()).doesNotContain(hmac("whsec_other", t + "." + got.body()));
  }

  @Test
  void onlyRecordedEventsAreDelivered() {
    assertThatThrownBy(() -> f.stripe.deliverEvent(receiver.uri(), SECRET, "evt_missing"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String hmac(String secret, String payload) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
  }
}
