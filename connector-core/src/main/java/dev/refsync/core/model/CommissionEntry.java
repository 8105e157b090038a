package dev.refsync.core.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the append-only commission ledger (DESIGN 3 and 5).
 *
 * @param id deterministic: the same inputs always give the same id, so re-running never pays twice
 * @param referrerId who earns it
 * @param referralId the credited referral
 * @param planId the plan that computed it
 * @param dealId the deal it was earned on; may be null for payment-based entries
 * @param paymentId the payment it was earned on; may be null for deal-based entries
 * @param kind accrual or clawback
 * @param amount rounded to the currency's minor units; negative for clawbacks
 * @param currency the deal's or payment's currency
 * @param earnedAt when it was earned
 * @param payableAt {@code earnedAt} plus the plan's hold; equal to {@code earnedAt} for clawbacks
 * @param status as of the evaluation time
 * @param explanation one readable line saying how the amount was computed
 */
public record CommissionEntry(
    String id,
    String referrerId,
    String referralId,
    String planId,
    String dealId,
    String paymentId,
    EntryKind kind,
    BigDecimal amount,
    String currency,
    Instant earnedAt,
    Instant payableAt,
    EntryStatus status,
    String explanation) {
  public CommissionEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(earnedAt, "earnedAt");
    Objects.requireNonNull(payableAt, "payableAt");
    Objects.requireNonNull(status, "status");
  }
}
