package dev.refsync.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StripeDisputesIT {

  private final StripeFixture f = new StripeFixture();

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void openedThenLostDisputeEmitsCreatedAndClosed() {
    PaidInvoice paid = f.stripe.payInvoice(f.subscription(f.customer("email=a%40x.example"), 5000));
    f.clock.advance(Duration.ofDays(4));
    String id = f.stripe.openDispute(paid.chargeId(), 5000, "fraudulent");
    assertThat(id).startsWith("dp_");
    var open = f.client.get("/v1/disputes/" + id).json();
    assertThat(open.get("object").asText()).isEqualTo("dispute");
    assertThat(open.get("status").asText()).isEqualTo("needs_response");
    assertThat(open.get("charge").asText()).isEqualTo(paid.chargeId());
    assertThat(f.client.get("/v1/charges/" + paid.chargeId()).json().get("disputed").asBoolean())
        .isTrue();

    f.clock.advance(Duration.ofDays(20));
    f.stripe.closeDispute(id, DisputeOutcome.LOST);
    var closed = f.client.get("/v1/disputes/" + id + "?expand[]=charge").json();
    assertThat(closed.get("status").asText()).isEqualTo("lost");
    assertThat(closed.at("/charge/id").asText()).isEqualTo(paid.chargeId());

    var events = f.client.get("/v1/events?type=charge.dispute.*").json().get("data");
    assertThat(events)
        .extracting(e -> e.get("type").asText())
        .containsExactly("charge.dispute.closed", "charge.dispute.created");
    assertThat(events.get(0).at("/data/object/status").asText()).isEqualTo("lost");
    assertThat(events.get(0).at("/data/previous_attributes/status").asText())
        .isEqualTo("needs_response");
    assertThat(f.client.get("/v1/disputes?charge=" + paid.chargeId()).json().get("data"))
        .hasSize(1);

    assertThatThrownBy(() -> f.stripe.closeDispute(id, DisputeOutcome.WON))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void wonDisputeAndInvalidHelpersInput() {
    PaidInvoice paid = f.stripe.payInvoice(f.subscription(f.customer("email=a%40x.example"), 5000));
    String id = f.stripe.openDispute(paid.chargeId(), 1000, "product_not_received");
    f.stripe.closeDispute(id, DisputeOutcome.WON);
    assertThat(f.client.get("/v1/disputes/" + id).json().get("status").asText()).isEqualTo("won");
    assertThatThrownBy(() -> f.stripe.openDispute(paid.chargeId(), 5001, "fraudulent"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> f.stripe.openDispute("ch_nope", 10, "fraudulent"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
