package dev.refsync.core.commission;

import static dev.refsync.core.commission.Fixture.accruals;
import static dev.refsync.core.commission.Fixture.clawbacks;
import static dev.refsync.core.commission.Fixture.day;
import static dev.refsync.core.commission.Fixture.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.EntryStatus;
import dev.refsync.core.plans.Plan;
import dev.refsync.core.plans.Reward;
import dev.refsync.core.plans.Trigger;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefundClawbackTest {
  private static final Plan RECURRING =
      plan(
          "partner-recurring",
          new Reward.RecurringPercent(new BigDecimal("25"), 12, null),
          new Trigger.FirstPayment(),
          30,
          null);
  private static final Plan FLAT_AT_PAYMENT =
      plan("flat", new Reward.Flat(new BigDecimal("1000")), new Trigger.FirstPayment());

  private static Fixture paid() {
    return Fixture.onePartner()
        .deal("d1", "a1", "12000", "USD", 12, day(10))
        .credit("d1", "r1", "1.000000")
        .payment("p1", "a1", "1000", "USD", day(15))
        .payment("p2", "a1", "1000", "USD", day(45));
  }

  @Test
  void aPartialRefundReversesTheRecurringAccrualInProportionAtTheRefundTime() {
    List<CommissionEntry> entries =
        paid().refund("f1", "p2", "400", day(50)).compute(day(200), RECURRING);

    assertThat(clawbacks(entries))
        .extracting(
            CommissionEntry::paymentId,
            CommissionEntry::amount,
            CommissionEntry::earnedAt,
            CommissionEntry::payableAt,
            CommissionEntry::status)
        .containsExactly(
            tuple("p2", new BigDecimal("-100.00"), day(50), day(50), EntryStatus.PAYABLE));
    assertThat(clawbacks(entries).get(0).explanation())
        .isEqualTo(
            "reverses 100.00 USD of 250.00 USD: refund f1 of 400.00 USD on payment p2 of 1,000.00"
                + " USD (plan partner-recurring)");
  }

  @Test
  void twoRefundsOfOnePaymentGiveTwoClawbacksWithDifferentIds() {
    List<CommissionEntry> entries =
        paid()
            .refund("f1", "p2", "400", day(50))
            .refund("f2", "p2", "600", day(60))
            .compute(day(200), RECURRING);

    assertThat(clawbacks(entries))
        .extracting(CommissionEntry::amount)
        .containsExactly(new BigDecimal("-100.00"), new BigDecimal("-150.00"));
    assertThat(clawbacks(entries).get(0).id()).isNotEqualTo(clawbacks(entries).get(1).id());
  }

  @Test
  void aReversalWhileTheAccrualIsHeldIsStillInTheLedger() {
    List<CommissionEntry> entries =
        paid().refund("f1", "p2", "1000", day(46)).compute(day(47), RECURRING);

    assertThat(accruals(entries))
        .filteredOn(e -> "p2".equals(e.paymentId()))
        .extracting(CommissionEntry::status)
        .containsExactly(EntryStatus.HELD);
    assertThat(clawbacks(entries))
        .extracting(CommissionEntry::amount)
        .containsExactly(new BigDecimal("-250.00"));
  }

  @Test
  void refundsBeyondThePaymentNeverReverseMoreThanTheAccrual() {
    List<CommissionEntry> entries =
        paid()
            .refund("f1", "p2", "800", day(50))
            .refund("f2", "p2", "800", day(60))
            .refund("f3", "p2", "100", day(70))
            .compute(day(200), RECURRING);

    assertThat(clawbacks(entries))
        .extracting(CommissionEntry::amount)
        .containsExactly(new BigDecimal("-200.00"), new BigDecimal("-50.00"));
  }

  @Test
  void aPartialRefundOfTheTriggerPaymentDoesNotReverseAOneTimeReward() {
    List<CommissionEntry> entries =
        paid().refund("f1", "p1", "999.99", day(20)).compute(day(200), FLAT_AT_PAYMENT);

    assertThat(clawbacks(entries)).isEmpty();
  }

  @Test
  void aFullRefundOfTheTriggerPaymentReversesAOneTimeRewardInFull() {
    List<CommissionEntry> entries =
        paid().refund("f1", "p1", "1000", day(20)).compute(day(200), FLAT_AT_PAYMENT);

    assertThat(clawbacks(entries))
        .extracting(CommissionEntry::amount, CommissionEntry::earnedAt)
        .containsExactly(tuple(new BigDecimal("-1000.00"), day(20)));
  }

  @Test
  void twoPartialRefundsAddingUpToTheFullPaymentReverseAtTheSecond() {
    List<CommissionEntry> entries =
        paid()
            .refund("f2", "p1", "600", day(30))
            .refund("f1", "p1", "400", day(20))
            .compute(day(200), FLAT_AT_PAYMENT);

    assertThat(clawbacks(entries))
        .extracting(CommissionEntry::amount, CommissionEntry::earnedAt)
        .containsExactly(tuple(new BigDecimal("-1000.00"), day(30)));
  }

  @Test
  void refundsOfAnotherPaymentOrAfterTheEvaluationTimeAreIgnored() {
    assertThat(
            clawbacks(
                paid().refund("f1", "p2", "1000", day(50)).compute(day(200), FLAT_AT_PAYMENT)))
        .isEmpty();
    assertThat(clawbacks(paid().refund("f1", "p2", "400", day(50)).compute(day(49), RECURRING)))
        .isEmpty();
  }

  @Test
  void aOneTimeRewardWithASignatureTriggerIsNotReversedByARefund() {
    Plan atSignature =
        plan("flat", new Reward.Flat(new BigDecimal("1000")), new Trigger.ClosedWon());

    assertThat(clawbacks(paid().refund("f1", "p1", "1000", day(20)).compute(day(200), atSignature)))
        .isEmpty();
  }

  @Test
  void aChurnAfterAFullRefundReversalAddsNothing() {
    Plan withClawback =
        plan("flat", new Reward.Flat(new BigDecimal("1000")), new Trigger.FirstPayment(), 0, 90);

    List<CommissionEntry> entries =
        paid()
            .refund("f1", "p1", "1000", day(20))
            .churn("a1", day(30))
            .compute(day(200), withClawback);

    assertThat(clawbacks(entries))
        .extracting(CommissionEntry::amount, CommissionEntry::earnedAt)
        .containsExactly(tuple(new BigDecimal("-1000.00"), day(20)));
  }

  @Test
  void aReversalCausedBeforeTheRewardWasEarnedHappensWhenItIsEarned() {
    Plan retained = plan("flat", new Reward.Flat(new BigDecimal("1000")), new Trigger.Retained(30));

    List<CommissionEntry> entries =
        paid().refund("f1", "p1", "1000", day(20)).compute(day(200), retained);

    assertThat(entries)
        .extracting(CommissionEntry::amount, CommissionEntry::earnedAt)
        // Both at the same instant: the ledger orders them by id, so only membership is checked.
        .containsExactlyInAnyOrder(
            tuple(new BigDecimal("1000.00"), day(45)), tuple(new BigDecimal("-1000.00"), day(45)));
  }
}
