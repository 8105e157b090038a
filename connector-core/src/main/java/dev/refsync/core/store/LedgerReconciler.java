package dev.refsync.core.store;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.EntryIds;
import dev.refsync.core.model.EntryKind;
import dev.refsync.core.model.EntryStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides what a freshly recomputed commission list adds to the append-only ledger (DESIGN 5).
 *
 * <ul>
 *   <li>A recomputed entry whose id is not in the ledger is appended.
 *   <li>A ledger ACCRUAL whose id the recomputation no longer produces (its deal was deleted or
 *       left CLOSED_WON) is reversed by one CLAWBACK of whatever part of it is not already
 *       reversed, earned and payable at the time the change was seen.
 *   <li>A recomputed entry with an id already in the ledger but a different amount is reported as a
 *       {@link LedgerDrift} and not written: rows are never changed, and silently adding a
 *       correcting entry would pay out on a plan or source edit nobody reviewed.
 * </ul>
 *
 * Nothing is ever removed. A CLAWBACK is taken to reverse an ACCRUAL when both carry the same plan,
 * referral, referrer, deal, payment and currency: entry ids are derived from exactly those (DESIGN
 * 5), so at most one accrual has that key.
 */
public final class LedgerReconciler {
  static final String WITHDRAWN = "WITHDRAWN";

  private final Clock clock;

  public LedgerReconciler(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public Reconciliation reconcile(List<CommissionEntry> ledger, List<CommissionEntry> recomputed) {
    Map<String, CommissionEntry> existing = byId(ledger);
    Map<String, CommissionEntry> fresh = byId(recomputed);
    List<CommissionEntry> toAppend = new ArrayList<>();
    List<LedgerDrift> drifts = new ArrayList<>();

    Map<Target, CommissionEntry> accrualsByTarget = new HashMap<>();
    for (CommissionEntry entry : existing.values()) {
      if (entry.kind() == EntryKind.ACCRUAL) {
        accrualsByTarget.putIfAbsent(Target.of(entry), entry);
      }
    }

    for (CommissionEntry entry : fresh.values()) {
      CommissionEntry recorded = existing.get(entry.id());
      CommissionEntry withdrawn =
          entry.kind() == EntryKind.CLAWBACK
              ? withdrawnTarget(entry, accrualsByTarget, existing)
              : null;
      if (recorded == null && withdrawn != null) {
        // The withdrawal already reversed everything not reversed before it; this clawback (the
        // deal came back to CLOSED_WON and, say, a refund arrived) would reverse it a second time.
        drifts.add(
            new LedgerDrift(
                entry.id(),
                LedgerDrift.Type.CLAWBACK_OF_WITHDRAWN_ACCRUAL,
                null,
                entry.amount(),
                "Clawback "
                    + entry.id()
                    + " of "
                    + entry.amount()
                    + " "
                    + entry.currency()
                    + " reverses accrual "
                    + withdrawn.id()
                    + ", which was already withdrawn by "
                    + withdrawalId(withdrawn)
                    + "; it is not appended"));
      } else if (recorded == null) {
        toAppend.add(entry);
      } else if (recorded.amount().compareTo(entry.amount()) != 0) {
        drifts.add(
            new LedgerDrift(
                entry.id(),
                LedgerDrift.Type.AMOUNT_CHANGED,
                recorded.amount(),
                entry.amount(),
                "Ledger entry "
                    + entry.id()
                    + " is recorded as "
                    + recorded.amount()
                    + " "
                    + recorded.currency()
                    + " but now computes to "
                    + entry.amount()
                    + "; the ledger row is kept unchanged"));
      } else if (entry.kind() == EntryKind.ACCRUAL && existing.containsKey(withdrawalId(entry))) {
        drifts.add(
            new LedgerDrift(
                entry.id(),
                LedgerDrift.Type.WITHDRAWN_ACCRUAL_RECOMPUTED,
                recorded.amount(),
                entry.amount(),
                "Accrual "
                    + entry.id()
                    + " was withdrawn by "
                    + withdrawalId(entry)
                    + " but is computed again; it is not re-accrued automatically"));
      }
    }

    Instant seenAt = clock.instant();
    List<CommissionEntry> everything = new ArrayList<>(ledger);
    everything.addAll(toAppend);
    List<CommissionEntry> withdrawals = new ArrayList<>();
    for (CommissionEntry accrual : existing.values()) {
      if (accrual.kind() != EntryKind.ACCRUAL || fresh.containsKey(accrual.id())) {
        continue;
      }
      BigDecimal remainder = accrual.amount().add(reversedAmount(accrual, everything));
      if (remainder.signum() > 0 && !existing.containsKey(withdrawalId(accrual))) {
        withdrawals.add(withdrawal(accrual, remainder, seenAt));
      }
    }
    toAppend.addAll(withdrawals);
    return new Reconciliation(toAppend, drifts);
  }

  /** The ledger accrual a clawback reverses, when the ledger holds its withdrawal; else null. */
  private static CommissionEntry withdrawnTarget(
      CommissionEntry clawback,
      Map<Target, CommissionEntry> accrualsByTarget,
      Map<String, CommissionEntry> existing) {
    CommissionEntry accrual = accrualsByTarget.get(Target.of(clawback));
    return accrual != null && existing.containsKey(withdrawalId(accrual)) ? accrual : null;
  }

  /** What a clawback and the accrual it reverses have in common (see the class comment). */
  private record Target(
      String planId,
      String referralId,
      String referrerId,
      String dealId,
      String paymentId,
      String currency) {
    static Target of(CommissionEntry e) {
      return new Target(
          e.planId(), e.referralId(), e.referrerId(), e.dealId(), e.paymentId(), e.currency());
    }
  }

  /** The id of the clawback that withdraws {@code accrual}; deterministic, so never repeated. */
  static String withdrawalId(CommissionEntry accrual) {
    return EntryIds.of(accrual.id(), WITHDRAWN);
  }

  private static CommissionEntry withdrawal(
      CommissionEntry accrual, BigDecimal remainder, Instant seenAt) {
    return new CommissionEntry(
        withdrawalId(accrual),
        accrual.referrerId(),
        accrual.referralId(),
        accrual.planId(),
        accrual.dealId(),
        accrual.paymentId(),
        EntryKind.CLAWBACK,
        remainder.negate(),
        accrual.currency(),
        seenAt,
        seenAt,
        EntryStatus.PAYABLE,
        "Reverses "
            + remainder.toPlainString()
            + " "
            + accrual.currency()
            + " of accrual "
            + accrual.id()
            + ": it is no longer computed (deal "
            + (accrual.dealId() == null ? "unknown" : accrual.dealId())
            + " was deleted or is no longer closed-won)");
  }

  /** The (negative) sum of the clawbacks that reverse {@code accrual}. */
  private static BigDecimal reversedAmount(CommissionEntry accrual, List<CommissionEntry> entries) {
    BigDecimal sum = BigDecimal.ZERO;
    for (CommissionEntry entry : entries) {
      if (entry.kind() == EntryKind.CLAWBACK && sameTarget(accrual, entry)) {
        sum = sum.add(entry.amount());
      }
    }
    return sum;
  }

  private static boolean sameTarget(CommissionEntry a, CommissionEntry b) {
    return Objects.equals(a.planId(), b.planId())
        && Objects.equals(a.referralId(), b.referralId())
        && Objects.equals(a.referrerId(), b.referrerId())
        && Objects.equals(a.dealId(), b.dealId())
        && Objects.equals(a.paymentId(), b.paymentId())
        && a.currency().equals(b.currency());
  }

  private static Map<String, CommissionEntry> byId(List<CommissionEntry> entries) {
    Map<String, CommissionEntry> result = new LinkedHashMap<>();
    for (CommissionEntry entry : entries) {
      result.putIfAbsent(entry.id(), entry);
    }
    return result;
  }
}
