package dev.refsync.core.store;

import java.math.BigDecimal;

/**
 * A difference between the ledger and a recomputation that the reconciler does not write, because
 * the ledger is append-only (DESIGN 5) and an existing row is never changed. Each drift is meant to
 * be logged for a person to look at: it usually means a plan file or a source record was edited
 * after the entry was recorded.
 *
 * @param entryId the ledger entry concerned
 * @param type what differs
 * @param ledgerAmount the amount recorded in the ledger; null when the entry is not in it
 * @param recomputedAmount the amount the engines compute now
 * @param message one readable sentence for the log
 */
public record LedgerDrift(
    String entryId,
    Type type,
    BigDecimal ledgerAmount,
    BigDecimal recomputedAmount,
    String message) {

  /** The kinds of drift. */
  public enum Type {
    /** Same deterministic id, different amount: the ledger row stands as recorded. */
    AMOUNT_CHANGED,
    /**
     * An accrual that was withdrawn (its deal left CLOSED_WON) is computed again: its id is taken,
     * so it is not re-accrued automatically.
     */
    WITHDRAWN_ACCRUAL_RECOMPUTED,
    /**
     * A clawback is computed for an accrual that was already withdrawn in full: appending it would
     * reverse the same money twice, so it is not written.
     */
    CLAWBACK_OF_WITHDRAWN_ACCRUAL
  }
}
