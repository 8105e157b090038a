package dev.refsync.stripe.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.store.OutboxStatus;
import dev.refsync.sandbox.stripe.StripeEndpoints;
import dev.refsync.sandbox.stripe.StripeSeedSpec;
import dev.refsync.stripe.StripeEmulatorFixture;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A seeded Stripe account (500 customers, 12 months of invoices, refunds, a lost dispute,
 * cancellations) through the whole pipeline over real HTTP: the first cycle backfills from the list
 * endpoints, the engine applies the partner RECURRING_PERCENT plan and a one-time plan, the pusher
 * writes the attribution into the customers' metadata; the ledger matches totals computed from the
 * emulator's own state; a cycle with nothing new makes exactly one request.
 */
class StripeSeededYearIT {
  private final StripeEmulatorFixture f =
      new StripeEmulatorFixture(new StripeSeedSpec(61, 500, 12, 40, 6, 100));
  private final StripePipeline pipeline = new StripePipeline(f);

  @AfterEach
  void stop() {
    pipeline.close();
    f.close();
  }

  @Test
  void theSeededYearDrivesThePlansAndTheCustomersCarryTheirReferral() {
    // The metadata push changes no invoice, refund, dispute or subscription: one reading of the
    // emulator's state serves the CRM world and the expected ledger.
    JsonNode seeded = f.state();
    CrmWorld crm = new CrmWorld(seeded);
    crm.ingest(pipeline.pull, f.clock.instant());

    pipeline.cycle();

    ExpectedLedger expected = new ExpectedLedger(seeded, crm);
    assertThat(expected.refundClawbacks).isPositive();
    assertThat(expected.disputeClawbacks).isPositive();
    assertThat(expected.churnClawbacks).isPositive();
    List<CommissionEntry> ledger = pipeline.ledger();
    assertThat(ExpectedLedger.of(ledger)).isEqualTo(expected.lines);
    assertThat(pipeline.outbox())
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row.status()).isEqualTo(OutboxStatus.DONE));

    // The emulator's customers now carry the referral that brought them, and only those.
    JsonNode state = f.state();
    int carrying = 0;
    for (JsonNode customer : state.get("customers")) {
      CrmWorld.Customer c = crm.byCustomer.get(customer.get("id").asText());
      JsonNode metadata = customer.path("metadata");
      if (c.referrer() == null) {
        assertThat(metadata.has("refsync_referral_id")).as(c.customerId()).isFalse();
      } else {
        assertThat(metadata.path("refsync_referral_id").asText()).isEqualTo(c.referralId());
        assertThat(metadata.path("refsync_referrer").asText()).isEqualTo(c.referrer().name());
        carrying++;
      }
    }
    assertThat(carrying).isEqualTo(250);
    // Every linked customer is read; only the 250 referred ones are written (clearing keys an
    // unreferred customer never had sends nothing).
    assertThat(pipeline.runtime.requestCounts())
        .containsEntry("GET /v1/customers/{id}", 500L)
        .containsEntry("POST /v1/customers/{id}", 250L);

    // The metadata writes are customer.updated events: the next cycle reads them and changes
    // nothing; the one after has nothing to read and makes exactly one events request.
    Map<String, BigDecimal> amounts = pipeline.ledgerAmounts();
    f.clock.advance(Duration.ofMinutes(11));
    pipeline.cycle();
    assertThat(pipeline.ledgerAmounts()).isEqualTo(amounts);
    f.clock.advance(Duration.ofMinutes(11));
    Map<String, Long> before = new HashMap<>(f.stripe.requestCounts());
    long total = f.stripe.totalRequests();
    pipeline.cycle();
    assertThat(f.stripe.totalRequests() - total).isEqualTo(1);
    assertThat(f.requests(StripeEndpoints.EVENTS_LIST))
        .isEqualTo(before.getOrDefault(StripeEndpoints.EVENTS_LIST, 0L) + 1);
    assertThat(pipeline.ledgerAmounts()).isEqualTo(amounts);
  }
}
