package dev.refsync.core.store;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.EntryKind;
import dev.refsync.core.model.EntryStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** Ledger entries for tests. */
final class Entries {
  static final Instant EARNED = Instant.parse("2026-03-01T10:15:30.123456Z");

  private Entries() {}

  static CommissionEntry accrual(String id, String dealId, String amount) {
    return new CommissionEntry(
        id,
        "p1",
        "r-" + dealId,
        "customer-acv",
        dealId,
        null,
        EntryKind.ACCRUAL,
        new BigDecimal(amount),
        "USD",
        EARNED,
        EARNED.plus(Duration.ofDays(30)),
        EntryStatus.HELD,
        "10% of first-year ACV of " + dealId);
  }

  /** A clawback of {@code accrual} with the same target (plan, referral, deal, payment). */
  static CommissionEntry clawbackOf(CommissionEntry accrual, String id, String amount) {
    return new CommissionEntry(
        id,
        accrual.referrerId(),
        accrual.referralId(),
        accrual.planId(),
        accrual.dealId(),
        accrual.paymentId(),
        EntryKind.CLAWBACK,
        new BigDecimal(amount),
        accrual.currency(),
        EARNED.plus(Duration.ofDays(40)),
        EARNED.plus(Duration.ofDays(40)),
        EntryStatus.PAYABLE,
        "refund of part of " + accrual.id());
  }

  static CommissionEntry withAmount(CommissionEntry e, String amount) {
    return new CommissionEntry(
        e.id(),
        e.referrerId(),
        e.referralId(),
        e.planId(),
        e.dealId(),
        e.paymentId(),
        e.kind(),
        new BigDecimal(amount),
        e.currency(),
        e.earnedAt(),
        e.payableAt(),
        e.status(),
        e.explanation());
  }
}
