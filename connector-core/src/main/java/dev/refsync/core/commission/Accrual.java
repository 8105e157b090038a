package dev.refsync.core.commission;

import dev.refsync.core.model.EntryIds;
import dev.refsync.core.model.Payment;
import dev.refsync.core.plans.Plan;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An earned ACCRUAL before it becomes a ledger entry; the cap and the reversals work on these.
 *
 * @param id deterministic entry id
 * @param plan the plan that computed it
 * @param conversion the (referral, account) it was earned for
 * @param payment the payment a recurring accrual was earned on; null for one-time rewards
 * @param triggerPayment for a one-time reward with a payment trigger, the payment that triggered it
 *     (its full refund reverses the reward); null otherwise
 * @param amount rounded, positive
 * @param currency the deal's or payment's currency
 * @param earnedAt when it was earned
 * @param explanation one readable line
 */
record Accrual(
    String id,
    Plan plan,
    Conversion conversion,
    Payment payment,
    Payment triggerPayment,
    BigDecimal amount,
    String currency,
    Instant earnedAt,
    String explanation) {

  boolean oneTime() {
    return payment == null;
  }

  /** The id part naming what it was earned on: the payment for recurring, else the deal. */
  String subject() {
    return subjectOf(payment, conversion);
  }

  static String subjectOf(Payment payment, Conversion conversion) {
    return payment != null
        ? EntryIds.payment(payment.id())
        : EntryIds.deal(conversion.firstDeal().id());
  }

  Accrual reducedTo(BigDecimal reduced, String note) {
    return new Accrual(
        id,
        plan,
        conversion,
        payment,
        triggerPayment,
        reduced,
        currency,
        earnedAt,
        explanation + "; " + note);
  }
}
