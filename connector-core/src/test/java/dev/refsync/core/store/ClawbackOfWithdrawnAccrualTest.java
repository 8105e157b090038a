package dev.refsync.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.refsync.core.model.CommissionEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Once an accrual was withdrawn in full (its deal left CLOSED_WON), a clawback the engines compute
 * for it later (the deal came back and a refund arrived) would reverse money already reversed: it
 * is reported, not appended (DESIGN 5: nothing is ever paid or reversed twice).
 */
class ClawbackOfWithdrawnAccrualTest {
  private final LedgerReconciler reconciler =
      new LedgerReconciler(Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC));

  @Test
  void clawbackOfAWithdrawnAccrualIsReportedNotAppended() {
    CommissionEntry accrual = Entries.accrual("rc_a", "d1", "250.00");
    List<CommissionEntry> afterWithdrawal = List.of(accrual);
    CommissionEntry withdrawal = reconciler.reconcile(afterWithdrawal, List.of()).toAppend().get(0);
    CommissionEntry refund = Entries.clawbackOf(accrual, "rc_refund", "-125.00");

    Reconciliation reconciliation =
        reconciler.reconcile(List.of(accrual, withdrawal), List.of(accrual, refund));

    assertThat(reconciliation.toAppend()).isEmpty();
    assertThat(reconciliation.drifts())
        .extracting(LedgerDrift::entryId, LedgerDrift::type)
        .contains(tuple("rc_refund", LedgerDrift.Type.CLAWBACK_OF_WITHDRAWN_ACCRUAL));
  }

  @Test
  void clawbackOfAnAccrualThatWasNotWithdrawnIsAppended() {
    CommissionEntry accrual = Entries.accrual("rc_a", "d1", "250.00");
    CommissionEntry refund = Entries.clawbackOf(accrual, "rc_refund", "-125.00");

    Reconciliation reconciliation =
        reconciler.reconcile(List.of(accrual), List.of(accrual, refund));

    assertThat(reconciliation.toAppend()).containsExactly(refund);
    assertThat(reconciliation.drifts()).isEmpty();
  }
}
