package dev.refsync.stripe.translate;

import static dev.refsync.stripe.translate.Events.charge;
import static dev.refsync.stripe.translate.Events.customer;
import static dev.refsync.stripe.translate.Events.dispute;
import static dev.refsync.stripe.translate.Events.event;
import static dev.refsync.stripe.translate.Events.invoice;
import static dev.refsync.stripe.translate.Events.refund;
import static dev.refsync.stripe.translate.Events.subscription;
import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.model.Event;
import dev.refsync.core.domain.DomainNormalizer;
import dev.refsync.core.model.Account;
import dev.refsync.core.model.Churn;
import dev.refsync.core.model.Payment;
import dev.refsync.core.model.Refund;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.mapper.MappedRecord;
import dev.refsync.mappings.mapper.RecordMapper;
import dev.refsync.mappings.spec.RecordKind;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.stripe.identity.CustomerIdentity;
import dev.refsync.stripe.identity.LinkMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StripeEventTranslatorTest {
  private static final long T = 1_781_524_800L;

  private final FakeLookups lookups = new FakeLookups();
  private final StripeEventTranslator translator =
      new StripeEventTranslator(
          new RecordMapper(DefaultMappings.load(SystemName.STRIPE)),
          lookups,
          new CustomerIdentity(
              "refsync_account_id",
              DomainNormalizer.withDefaultFreeMailList(),
              Map.of("acc_acme", List.of("acme.com"))));

  private List<MappedRecord> records(Event e) {
    return translator.translate(e).records();
  }

  @Test
  void invoicePaidIsAPaymentInMajorUnits() {
    List<MappedRecord> out =
        records(event("invoice.paid", invoice("in_1", "cus_1", 123_456, T), T));
    assertThat(out).hasSize(1);
    Payment p = out.get(0).as(Payment.class);
    assertThat(p.id()).isEqualTo("in_1");
    assertThat(p.accountId()).isEqualTo("cus_1");
    assertThat(p.amount()).isEqualByComparingTo(new BigDecimal("1234.56"));
    assertThat(p.currency()).isEqualTo("USD");
    assertThat(p.paidAt()).isEqualTo(Instant.ofEpochSecond(T));
    assertThat(p.subscriptionId()).isEqualTo("sub_cus_1");
  }

  @Test
  void invoicePaymentSucceededIsIgnoredInFavourOfInvoicePaid() {
    assertThat(records(event("invoice.payment_succeeded", invoice("in_1", "cus_1", 100, T), T)))
        .isEmpty();
  }

  @Test
  void refundCreatedIsARefundOfTheInvoiceItsPaymentIntentPaid() {
    lookups.invoiceByIntent.put("pi_1", "in_1");
    List<MappedRecord> out =
        records(event("refund.created", refund("re_1", "ch_1", "pi_1", 5_000, T), T));
    Refund r = out.get(0).as(Refund.class);
    assertThat(r.id()).isEqualTo("re_1");
    assertThat(r.paymentId()).isEqualTo("in_1");
    assertThat(r.amount()).isEqualByComparingTo("50.00");
    assertThat(r.at()).isEqualTo(Instant.ofEpochSecond(T));
  }

  @Test
  void chargeRefundedYieldsTheSameRefundsAsTheRefundEvents() {
    lookups.invoiceByIntent.put("pi_1", "in_1");
    lookups.refundsByCharge.put(
        "ch_1",
        List.of(
            refund("re_1", "ch_1", "pi_1", 2_000, T), refund("re_2", "ch_1", "pi_1", 3_000, T)));
    List<MappedRecord> fromCharge =
        records(event("charge.refunded", charge("ch_1", "pi_1", 10_000, 5_000, T - 10), T));
    List<MappedRecord> fromRefunds =
        List.of(
                event("refund.created", refund("re_1", "ch_1", "pi_1", 2_000, T), T),
                event("refund.created", refund("re_2", "ch_1", "pi_1", 3_000, T), T))
            .stream()
            .flatMap(e -> records(e).stream())
            .toList();
    assertThat(fromCharge).hasSize(2).containsExactlyInAnyOrderElementsOf(fromRefunds);
  }

  @Test
  void aRefundOfAChargeWithoutInvoiceReversesNoPayment() {
    assertThat(records(event("refund.created", refund("re_9", "ch_9", null, 700, T), T))).isEmpty();
    assertThat(records(event("refund.created", refund("re_8", "ch_8", "pi_unknown", 700, T), T)))
        .isEmpty();
  }

  @Test
  void aLostDisputeIsARefundOfTheDisputedAmount() {
    lookups.invoiceByIntent.put("pi_2", "in_2");
    List<MappedRecord> out =
        records(event("charge.dispute.closed", dispute("dp_1", "pi_2", 9_900, "lost", T), T));
    Refund r = out.get(0).as(Refund.class);
    assertThat(r.id()).isEqualTo("dp_1");
    assertThat(r.paymentId()).isEqualTo("in_2");
    assertThat(r.amount()).isEqualByComparingTo("99.00");
  }

  @Test
  void aWonDisputeAndAnOpenedOneReverseNothing() {
    lookups.invoiceByIntent.put("pi_2", "in_2");
    assertThat(records(event("charge.dispute.closed", dispute("dp_1", "pi_2", 9_900, "won", T), T)))
        .isEmpty();
    assertThat(
            records(
                event(
                    "charge.dispute.created",
                    dispute("dp_1", "pi_2", 9_900, "needs_response", T),
                    T)))
        .isEmpty();
  }

  @Test
  void aDeletedSubscriptionIsChurnWhenNothingElseBills() {
    List<MappedRecord> out =
        records(event("customer.subscription.deleted", subscription("sub_1", "cus_1", T), T));
    assertThat(out).extracting(MappedRecord::kind).containsExactly(RecordKind.CHURN);
    assertThat(out.get(0).as(Churn.class)).isEqualTo(new Churn("cus_1", Instant.ofEpochSecond(T)));
  }

  @Test
  void aDeletedSubscriptionIsNoChurnWhileAnotherStillBills() {
    lookups.customersWithAnotherLiveSubscription.add("cus_1");
    assertThat(
            records(event("customer.subscription.deleted", subscription("sub_1", "cus_1", T), T)))
        .isEmpty();
  }

  @Test
  void customerEventsCarryTheAccountAndItsLink() {
    Translation t =
        translator.translate(event("customer.updated", customer("cus_1", "ann@acme.com", null), T));
    assertThat(t.records()).extracting(MappedRecord::kind).contains(RecordKind.ACCOUNT);
    assertThat(t.records().get(0).as(Account.class).domains()).contains("acme.com");
    assertThat(t.customerLink())
        .hasValueSatisfying(
            l -> {
              assertThat(l.method()).isEqualTo(LinkMethod.EMAIL_DOMAIN);
              assertThat(l.accountId()).contains("acc_acme");
            });
  }

  @Test
  void unrelatedEventsYieldNothing() {
    Translation t =
        translator.translate(event("charge.succeeded", charge("ch_1", "pi_1", 100, 0, T), T));
    assertThat(t.records()).isEmpty();
    assertThat(t.customerLink()).isEmpty();
  }
}
