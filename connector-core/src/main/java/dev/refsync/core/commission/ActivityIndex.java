package dev.refsync.core.commission;

import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.Churn;
import dev.refsync.core.model.Refund;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
    // Positions, not payments: a PaymentTable builds a payment only when a calculation reads it.
    PaymentColumns columns = PaymentColumns.of(data.payments());
    Map<String, Positions> payments = new HashMap<>();
    // Payments come grouped by account (an account's invoices, a subscription's months), so the
    // positions of the payment before are usually the ones: found by identity, without hashing.
    String lastAccount = null;
    Positions last = null;
    for (int i = 0; i < columns.size(); i++) {
      if (columns.comparePaidAt(i, asOf) <= 0) {
        String account = columns.accountId(i);
        if (account != lastAccount) {
          lastAccount = account;
          last = payments.computeIfAbsent(account, k -> new Positions());
        }
        last.add(i);
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
        (account, positions) ->
            timelines.put(
                account,
                new AccountTimeline(
                    columns, positions.sorted(columns), sortedChurns(churns.remove(account)))));
    churns.forEach(
        (account, list) ->
            timelines.put(account, new AccountTimeline(columns, new int[0], sortedChurns(list))));

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

  /** One account's payment positions, growing as they are found. */
  private static final class Positions {
    private int[] positions = new int[4];
    private int size;

    void add(int position) {
      if (size == positions.length) {
        positions = Arrays.copyOf(positions, size * 2);
      }
      positions[size++] = position;
    }

    /**
     * By paidAt, then id. Usually already in that order (a file lists an account's payments in time
     * order), which one pass confirms; otherwise a stable sort.
     */
    int[] sorted(PaymentColumns columns) {
      int[] out = Arrays.copyOf(positions, size);
      for (int i = 1; i < size; i++) {
        if (columns.compare(out[i - 1], out[i]) > 0) {
          Integer[] boxed = new Integer[size];
          for (int k = 0; k < size; k++) {
            boxed[k] = out[k];
          }
          Arrays.sort(boxed, columns::compare);
          for (int k = 0; k < size; k++) {
            out[k] = boxed[k];
          }
          break;
        }
      }
      return out;
    }
  }
}
