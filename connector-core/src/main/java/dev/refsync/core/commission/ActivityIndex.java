package dev.refsync.core.commission;

import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.Churn;
import dev.refsync.core.model.Payment;
import dev.refsync.core.model.Refund;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Payments and churns by account, refunds by payment, each sorted once and cut at the evaluation
 * time: records dated after {@code asOf} are ignored (DESIGN 5). Building is O(n log n); every
 * later lookup touches only the records of one account or one payment.
 */
final class ActivityIndex {
  // By (time, id), written out rather than as Comparator.comparing(...).thenComparing(...): those
  // share one lambda body across every comparator in the program, so the key extractors and
  // compareTo calls inside it are megamorphic and never inlined, which made sorting the payments
  // a visible part of the engine's time.
  private static final Comparator<Payment> PAYMENT_ORDER =
      (a, b) -> {
        int c = a.paidAt().compareTo(b.paidAt());
        return c != 0 ? c : a.id().compareTo(b.id());
      };
  private static final Comparator<Refund> REFUND_ORDER =
      (a, b) -> {
        int c = a.at().compareTo(b.at());
        return c != 0 ? c : a.id().compareTo(b.id());
      };

  private final Map<String, AccountTimeline> timelines;
  private final Map<String, List<Refund>> refundsByPayment;

  private ActivityIndex(
      Map<String, AccountTimeline> timelines, Map<String, List<Refund>> refundsByPayment) {
    this.timelines = timelines;
    this.refundsByPayment = refundsByPayment;
  }

  static ActivityIndex of(CanonicalDataset data, Instant asOf) {
    Map<String, List<Payment>> payments = new HashMap<>();
    // Payments come grouped by account (an account's invoices, a subscription's months), so the
    // list of the payment before is usually the one: found by identity, without hashing.
    String lastAccount = null;
    List<Payment> lastList = null;
    for (Payment payment : data.payments()) {
      if (!payment.paidAt().isAfter(asOf)) {
        String account = payment.accountId();
        if (account != lastAccount) {
          lastAccount = account;
          lastList = payments.computeIfAbsent(account, k -> new ArrayList<>());
        }
        lastList.add(payment);
      }
    }
    Map<String, List<Instant>> churns = new HashMap<>();
    for (Churn churn : data.churns()) {
      if (!churn.at().isAfter(asOf)) {
        churns.computeIfAbsent(churn.accountId(), k -> new ArrayList<>()).add(churn.at());
      }
    }
    Map<String, AccountTimeline> timelines = new HashMap<>(payments.size() * 2);
    payments.forEach(
        (account, list) -> {
          list.sort(PAYMENT_ORDER);
          timelines.put(account, new AccountTimeline(list, sortedChurns(churns.remove(account))));
        });
    churns.forEach(
        (account, list) ->
            timelines.put(account, new AccountTimeline(List.of(), sortedChurns(list))));

    Map<String, List<Refund>> refunds = new HashMap<>();
    for (Refund refund : data.refunds()) {
      if (!refund.at().isAfter(asOf)) {
        refunds.computeIfAbsent(refund.paymentId(), k -> new ArrayList<>()).add(refund);
      }
    }
    refunds.values().forEach(list -> list.sort(REFUND_ORDER));
    return new ActivityIndex(timelines, refunds);
  }

  private static List<Instant> sortedChurns(List<Instant> churns) {
    if (churns == null) {
      return List.of();
    }
    churns.sort(Comparator.naturalOrder());
    return churns;
  }

  AccountTimeline timeline(String accountId) {
    return timelines.getOrDefault(accountId, AccountTimeline.EMPTY);
  }

  /** The refunds of a payment up to the evaluation time, by (at, id). */
  List<Refund> refundsOf(String paymentId) {
    return refundsByPayment.getOrDefault(paymentId, List.of());
  }
}
