package dev.refsync.core.commission;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.EntryKind;
import dev.refsync.core.model.EntryStatus;
import java.time.Duration;
import java.time.Instant;

/** Builds ledger entries from accruals and reversals, with their status as of the evaluation. */
final class LedgerEntries {
  private LedgerEntries() {}

  /** {@code payableAt = earnedAt + holdDays}; HELD before it, PAYABLE from it on (DESIGN 5). */
  static CommissionEntry accrual(Accrual accrual, Instant asOf) {
    Instant payableAt = accrual.earnedAt().plus(Duration.ofDays(accrual.plan().holdDays()));
    Conversion conversion = accrual.conversion();
    return new CommissionEntry(
        accrual.id(),
        conversion.referrerId(),
        conversion.referralId(),
        accrual.plan().id(),
        conversion.firstDeal().id(),
        accrual.payment() == null ? null : accrual.payment().id(),
        EntryKind.ACCRUAL,
        accrual.amount(),
        accrual.currency(),
        accrual.earnedAt(),
        payableAt,
        asOf.isBefore(payableAt) ? EntryStatus.HELD : EntryStatus.PAYABLE,
        accrual.explanation());
  }

  /** Clawbacks are never held: {@code payableAt = earnedAt}, PAYABLE (DESIGN 5). */
  static CommissionEntry clawback(ReversalBuilder.Reversal reversal) {
    Accrual accrual = reversal.accrual();
    Conversion conversion = accrual.conversion();
    return new CommissionEntry(
        reversal.id(),
        conversion.referrerId(),
        conversion.referralId(),
        accrual.plan().id(),
        conversion.firstDeal().id(),
        accrual.payment() == null ? null : accrual.payment().id(),
        EntryKind.CLAWBACK,
        reversal.amount().negate(),
        accrual.currency(),
        reversal.at(),
        reversal.at(),
        EntryStatus.PAYABLE,
        reversal.explanation());
  }
}
