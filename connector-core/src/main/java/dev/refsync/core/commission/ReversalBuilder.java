package dev.refsync.core.commission;

import dev.refsync.core.model.EntryIds;
import dev.refsync.core.model.EntryKind;
import dev.refsync.core.model.Money;
import dev.refsync.core.model.Payment;
import dev.refsync.core.model.Refund;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The CLAWBACKs against one accrual (DESIGN 5): refunds of the payment a recurring accrual was
 * earned on, in proportion; for one-time rewards, a churn within {@code clawbackDays} of earning or
 * the refund that completes a full refund of the trigger payment, in full. Reversals are taken in
 * time order and never exceed the accrual in total: the last is capped, later ones are not emitted.
 */
final class ReversalBuilder {
  private static final Comparator<Reversal> ORDER =
      Comparator.comparing(Reversal::at).thenComparing(Reversal::cause);

  private ReversalBuilder() {}

  /**
   * One reversal to emit.
   *
   * @param id deterministic entry id
   * @param accrual what it reverses
   * @param amount positive magnitude; the entry carries it negated
   * @param at when it happens: the cause's time, never before the accrual was earned
   * @param cause id part naming the cause: "refund:&lt;id&gt;" or "churn:&lt;at&gt;"
   * @param explanation one readable line
   */
  record Reversal(
      String id,
      Accrual accrual,
      BigDecimal amount,
      Instant at,
      String cause,
      String explanation) {}

  static List<Reversal> reversalsOf(Accrual accrual, ActivityIndex activity) {
    List<Reversal> candidates = new ArrayList<>();
    if (accrual.oneTime()) {
      addFullTriggerRefund(accrual, activity, candidates);
      addChurn(accrual, activity, candidates);
    } else {
      addProportionalRefunds(accrual, activity, candidates);
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    candidates.sort(ORDER);
    List<Reversal> emitted = new ArrayList<>(candidates.size());
    BigDecimal remaining = accrual.amount();
    for (Reversal candidate : candidates) {
      if (remaining.signum() <= 0) {
        break;
      }
      BigDecimal amount = candidate.amount().min(remaining);
      if (amount.signum() <= 0) {
        continue;
      }
      String explanation =
          amount.compareTo(candidate.amount()) < 0
              ? candidate.explanation()
                  + "; limited to the "
                  + Amounts.money(amount, accrual.currency())
                  + " not yet reversed"
              : candidate.explanation();
      emitted.add(
          new Reversal(
              candidate.id(), accrual, amount, candidate.at(), candidate.cause(), explanation));
      remaining = remaining.subtract(amount);
    }
    return emitted;
  }

  private static void addProportionalRefunds(
      Accrual accrual, ActivityIndex activity, List<Reversal> out) {
    Payment payment = accrual.payment();
    BigDecimal refundedSoFar = BigDecimal.ZERO;
    BigDecimal reversedSoFar = BigDecimal.ZERO;
    for (Refund refund : activity.refundsOf(payment.id())) {
      // Each clawback is the rounded reversal of everything refunded so far (accrual × refunded /
      // payment, multiplied first so the division is the only inexact step) minus what earlier
      // refunds reversed. Rounding each refund's share on its own could leave a cent unreversed
      // after a full refund in parts (1.00 on a 10.00 payment refunded 3.33 + 3.33 + 3.34 would
      // reverse only 0.99).
      refundedSoFar = refundedSoFar.add(refund.amount());
      BigDecimal reversedAfter =
          Money.round(
              accrual.amount().multiply(refundedSoFar).divide(payment.amount(), Amounts.PRECISION),
              accrual.currency());
      BigDecimal amount = reversedAfter.subtract(reversedSoFar);
      reversedSoFar = reversedAfter;
      String explanation =
          "reverses "
              + Amounts.money(amount, accrual.currency())
              + " of "
              + Amounts.money(accrual.amount(), accrual.currency())
              + ": refund "
              + refund.id()
              + " of "
              + Amounts.money(refund.amount(), accrual.currency())
              + " on payment "
              + payment.id()
              + " of "
              + Amounts.money(payment.amount(), accrual.currency())
              + " (plan "
              + accrual.plan().id()
              + ")";
      out.add(refundReversal(accrual, refund, amount, explanation));
    }
  }

  private static void addFullTriggerRefund(
      Accrual accrual, ActivityIndex activity, List<Reversal> out) {
    Payment trigger = accrual.triggerPayment();
    if (trigger == null) {
      return;
    }
    BigDecimal refunded = BigDecimal.ZERO;
    for (Refund refund : activity.refundsOf(trigger.id())) {
      refunded = refunded.add(refund.amount());
      if (refunded.compareTo(trigger.amount()) >= 0) {
        String explanation =
            "reverses "
                + Amounts.money(accrual.amount(), accrual.currency())
                + " in full: trigger payment "
                + trigger.id()
                + " fully refunded by refund "
                + refund.id()
                + " (plan "
                + accrual.plan().id()
                + ", deal "
                + accrual.conversion().firstDeal().id()
                + ")";
        out.add(refundReversal(accrual, refund, accrual.amount(), explanation));
        return;
      }
    }
  }

  private static void addChurn(Accrual accrual, ActivityIndex activity, List<Reversal> out) {
    Integer clawbackDays = accrual.plan().clawbackDays();
    if (clawbackDays == null) {
      return;
    }
    Instant churn =
        activity
            .timeline(accrual.conversion().accountId())
            .firstChurnBetween(
                accrual.earnedAt(), accrual.earnedAt().plus(Duration.ofDays(clawbackDays)));
    if (churn == null) {
      return;
    }
    String cause = "churn:" + churn;
    String explanation =
        "reverses "
            + Amounts.money(accrual.amount(), accrual.currency())
            + " in full: account "
            + accrual.conversion().accountId()
            + " churned at "
            + churn
            + ", within "
            + clawbackDays
            + " clawback days of earning (plan "
            + accrual.plan().id()
            + ", deal "
            + accrual.conversion().firstDeal().id()
            + ")";
    out.add(new Reversal(id(accrual, cause), accrual, accrual.amount(), churn, cause, explanation));
  }

  private static Reversal refundReversal(
      Accrual accrual, Refund refund, BigDecimal amount, String explanation) {
    String cause = "refund:" + refund.id();
    // A reversal never precedes what it reverses (e.g. a RETAINED reward earned after the refund).
    Instant at = refund.at().isAfter(accrual.earnedAt()) ? refund.at() : accrual.earnedAt();
    return new Reversal(id(accrual, cause), accrual, amount, at, cause, explanation);
  }

  private static String id(Accrual accrual, String cause) {
    return EntryIds.of(
        accrual.plan().id(),
        accrual.conversion().referralId(),
        accrual.subject(),
        EntryKind.CLAWBACK.name(),
        cause);
  }
}
