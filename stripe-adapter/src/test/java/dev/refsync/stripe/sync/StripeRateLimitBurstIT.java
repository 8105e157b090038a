package dev.refsync.stripe.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.stripe.param.RefundCreateParams;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.EntryKind;
import dev.refsync.core.store.OutboxStatus;
import dev.refsync.sandbox.stripe.StripeEndpoints;
import dev.refsync.sandbox.stripe.StripeSeedSpec;
import dev.refsync.stripe.StripeEmulatorFixture;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bursts of 429s (Stripe's test-mode rate limit) on the events feed and on the metadata push: the
 * pull retries inside the cycle and reads the new refund; the push stops its pass, keeps the rows
 * and delivers them on the next one. Nothing is lost.
 */
class StripeRateLimitBurstIT {
  private final StripeEmulatorFixture f =
      new StripeEmulatorFixture(new StripeSeedSpec(29, 12, 6, 0, 0, 0));
  private final StripePipeline pipeline = new StripePipeline(f);
  private final CrmWorld crm = new CrmWorld(f.state());

  @AfterEach
  void stop() {
    pipeline.close();
    f.close();
  }

  @Test
  void aBurstOf429sLosesNothing() throws Exception {
    crm.ingest(pipeline.pull, f.clock.instant());
    // More 429s on customers.retrieve than one call's retries: the first push pass stops.
    f.stripe.faults().failNext(8, 429, StripeEndpoints.CUSTOMERS_RETRIEVE);
    pipeline.cycle();
    assertThat(pipeline.outbox()).anyMatch(row -> row.status() != OutboxStatus.DONE);

    f.clock.advance(Duration.ofMinutes(2));
    pipeline.push.push(pipeline.runtime.pusher());
    assertThat(pipeline.outbox())
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row.status()).isEqualTo(OutboxStatus.DONE));
    for (JsonNode customer : f.state().get("customers")) {
      CrmWorld.Customer c = crm.byCustomer.get(customer.get("id").asText());
      if (c.referrer() != null) {
        assertThat(customer.path("metadata").path("refsync_referral_id").asText())
            .isEqualTo(c.referralId());
      }
    }

    // A partner-referred customer's first invoice is refunded in full; the feed answers 429
    // three times before it lets the cycle read it.
    CrmWorld.Customer partner =
        crm.byCustomer.values().stream()
            .filter(c -> c.referrer() == CrmWorld.PARTNER)
            .findFirst()
            .orElseThrow();
    JsonNode invoice = firstPaidInvoice(partner.customerId());
    BigDecimal accrual =
        BigDecimal.valueOf(invoice.get("amount_paid").asLong(), 2)
            .multiply(new BigDecimal("0.25"))
            .setScale(2, java.math.RoundingMode.HALF_EVEN);
    f.client()
        .v1()
        .refunds()
        .create(RefundCreateParams.builder().setCharge(chargeOf(invoice)).build());
    f.clock.advance(Duration.ofMinutes(2));
    f.stripe.faults().failNext(3, 429, StripeEndpoints.EVENTS_LIST);
    pipeline.cycle();

    List<CommissionEntry> reversals =
        pipeline.ledger().stream()
            .filter(e -> e.kind() == EntryKind.CLAWBACK)
            .filter(e -> invoice.get("id").asText().equals(e.paymentId()))
            .toList();
    assertThat(reversals).hasSize(1);
    assertThat(reversals.get(0).amount()).isEqualByComparingTo(accrual.negate());
  }

  private JsonNode firstPaidInvoice(String customer) {
    JsonNode first = null;
    for (JsonNode inv : f.state().get("invoices")) {
      if (customer.equals(inv.get("customer").asText())
          && "paid".equals(inv.get("status").asText())
          && (first == null
              || inv.at("/status_transitions/paid_at").asLong()
                  < first.at("/status_transitions/paid_at").asLong())) {
        first = inv;
      }
    }
    return first;
  }

  private String chargeOf(JsonNode invoice) {
    String intent = null;
    for (JsonNode p : f.state().get("invoice_payments")) {
      if (p.get("invoice").asText().equals(invoice.get("id").asText())) {
        intent = p.at("/payment/payment_intent").asText();
      }
    }
    for (JsonNode charge : f.state().get("charges")) {
      if (charge.path("payment_intent").asText().equals(intent)) {
        return charge.get("id").asText();
      }
    }
    throw new IllegalStateException("no charge for invoice " + invoice.get("id"));
  }
}
