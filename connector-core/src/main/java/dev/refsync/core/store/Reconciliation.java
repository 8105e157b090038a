package dev.refsync.core.store;

import dev.refsync.core.model.CommissionEntry;
import java.util.List;

/**
 * What reconciling a recomputation with the ledger decided.
 *
 * @param toAppend the entries to append, in order: new recomputed entries, then withdrawal
 *     clawbacks
 * @param drifts differences that are reported but not written
 */
public record Reconciliation(List<CommissionEntry> toAppend, List<LedgerDrift> drifts) {
  public Reconciliation {
    toAppend = List.copyOf(toAppend);
    drifts = List.copyOf(drifts);
  }
}
