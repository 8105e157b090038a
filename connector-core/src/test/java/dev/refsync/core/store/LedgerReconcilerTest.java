package dev.refsync.core.store;

import static dev.refsync.core.store.Entries.accrual;
import static dev.refsync.core.store.Entries.clawbackOf;
import static dev.refsync.core.store.Entries.withAmount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.EntryKind;
import dev.refsync.core.model.EntryStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerReconcilerTest {
  private static final Instant SEEN = Instant.parse("2026-05-02T08:00:00Z");
  private final LedgerReconciler reconciler =
      new LedgerReconciler(Clock.fixed(SEEN, ZoneOffset.UTC));

  private final CommissionEntry a1 = accrual("e1", "d1", "1200.00");
  private final CommissionEntry a2 = accrual("e2", "d2", "300.00");

  @Test
  void appendsRecomputedEntriesWhoseIdIsNew() {
    Reconciliation result = reconciler.reconcile(List.of(a1), List.of(a1, a2));

    assertThat(result.toAppend()).containsExactly(a2);
    assertThat(result.drifts()).isEmpty();
  }

  @Test
  void reconcilingTheSameRecomputationTwiceAppendsNothingTheSecondTime() {
    List<CommissionEntry> recomputed = List.of(a1, a2);
    Reconciliation first = reconciler.reconcile(List.of(), recomputed);

    Reconciliation second = reconciler.reconcile(first.toAppend(), recomputed);

    assertThat(first.toAppend()).containsExactly(a1, a2);
    assertThat(second.toAppend()).isEmpty();
    assertThat(second.drifts()).isEmpty();
  }

  @Test
  void vanishedAccrualIsWithdrawnByOneClawbackOnlyOnce() {
    Reconciliation first = reconciler.reconcile(List.of(a1, a2), List.of(a2));

    assertThat(first.toAppend()).hasSize(1);
    CommissionEntry clawback = first.toAppend().get(0);
    assertThat(clawback.id()).isEqualTo(LedgerReconciler.withdrawalId(a1)).startsWith("rc_");
    assertThat(clawback.id()).hasSize(3 + 32);
    assertThat(clawback.kind()).isEqualTo(EntryKind.CLAWBACK);
    assertThat(clawback.amount()).isEqualByComparingTo("-1200.00");
    assertThat(clawback.earnedAt()).isEqualTo(SEEN);
    assertThat(clawback.payableAt()).isEqualTo(SEEN);
    assertThat(clawback.status()).isEqualTo(EntryStatus.PAYABLE);
    assertThat(clawback.explanation()).contains("e1");
    assertThat(clawback)
        .extracting(
            CommissionEntry::referrerId,
            CommissionEntry::referralId,
            CommissionEntry::planId,
            CommissionEntry::dealId,
            CommissionEntry::currency)
        .containsExactly("p1", "r-d1", "customer-acv", "d1", "USD");

    List<CommissionEntry> ledger = new ArrayList<>(List.of(a1, a2));
    ledger.addAll(first.toAppend());
    assertThat(reconciler.reconcile(ledger, List.of(a2)).toAppend()).isEmpty();
  }

  @Test
  void withdrawalIdIsDerivedFromTheAccrualId() {
    assertThat(LedgerReconciler.withdrawalId(a1)).isEqualTo(LedgerReconciler.withdrawalId(a1));
    assertThat(LedgerReconciler.withdrawalId(a1)).isNotEqualTo(LedgerReconciler.withdrawalId(a2));
  }

  @Test
  void partiallyReversedAccrualIsWithdrawnForTheRemainderOnly() {
    CommissionEntry refund = clawbackOf(a1, "c1", "-200.00");

    Reconciliation result = reconciler.reconcile(List.of(a1, refund), List.of());

    assertThat(result.toAppend())
        .singleElement()
        .satisfies(c -> assertThat(c.amount()).isEqualByComparingTo("-1000.00"));
  }

  @Test
  void fullyReversedAccrualIsNotWithdrawnAgain() {
    CommissionEntry churn = clawbackOf(a1, "c1", "-1200.00");

    Reconciliation result = reconciler.reconcile(List.of(a1, churn), List.of());

    assertThat(result.toAppend()).isEmpty();
  }

  @Test
  void clawbacksOfAnotherTargetDoNotCountAsReversal() {
    CommissionEntry otherDeal = clawbackOf(a2, "c2", "-300.00");

    Reconciliation result = reconciler.reconcile(List.of(a1, a2, otherDeal), List.of(a2));

    assertThat(result.toAppend())
        .singleElement()
        .satisfies(c -> assertThat(c.amount()).isEqualByComparingTo("-1200.00"));
  }

  @Test
  void vanishedClawbackIsLeftAlone() {
    CommissionEntry refund = clawbackOf(a1, "c1", "-200.00");

    Reconciliation result = reconciler.reconcile(List.of(a1, refund), List.of(a1));

    assertThat(result.toAppend()).isEmpty();
    assertThat(result.drifts()).isEmpty();
  }

  @Test
  void changedAmountForAnExistingIdIsReportedAsDriftAndNotAppended() {
    CommissionEntry changed = withAmount(a1, "1500.00");

    Reconciliation result = reconciler.reconcile(List.of(a1), List.of(changed));

    assertThat(result.toAppend()).isEmpty();
    assertThat(result.drifts())
        .singleElement()
        .satisfies(
            drift -> {
              assertThat(drift.entryId()).isEqualTo("e1");
              assertThat(drift.type()).isEqualTo(LedgerDrift.Type.AMOUNT_CHANGED);
              assertThat(drift.ledgerAmount()).isEqualByComparingTo("1200.00");
              assertThat(drift.recomputedAmount()).isEqualByComparingTo("1500.00");
              assertThat(drift.message()).contains("e1", "1200.00", "1500.00");
            });
  }

  @Test
  void sameAmountWithAnotherScaleIsNoDrift() {
    CommissionEntry rescaled = withAmount(a1, "1200.0000");

    assertThat(reconciler.reconcile(List.of(a1), List.of(rescaled)).drifts()).isEmpty();
  }

  @Test
  void withdrawnAccrualComputedAgainIsReportedNotReaccrued() {
    CommissionEntry withdrawal = reconciler.reconcile(List.of(a1), List.of()).toAppend().get(0);

    Reconciliation result = reconciler.reconcile(List.of(a1, withdrawal), List.of(a1));

    assertThat(result.toAppend()).isEmpty();
    assertThat(result.drifts())
        .singleElement()
        .satisfies(
            drift -> {
              assertThat(drift.type()).isEqualTo(LedgerDrift.Type.WITHDRAWN_ACCRUAL_RECOMPUTED);
              assertThat(drift.recomputedAmount()).isEqualTo(new BigDecimal("1200.00"));
            });
  }
}
