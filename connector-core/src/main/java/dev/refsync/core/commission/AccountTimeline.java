package dev.refsync.core.commission;

import dev.refsync.core.model.Payment;
import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * One account's payments (by paidAt, then id) and churn times (ascending), all at or before the
 * evaluation time. Lookups are binary searches, so the engine never scans other accounts' records.
 */
final class AccountTimeline {
  static final AccountTimeline EMPTY =
      new AccountTimeline(PaymentColumns.of(List.of()), new int[0], List.of());

  private final PaymentColumns payments;
  private final int[] order;
  private final List<Instant> churns;

  /**
   * @param order positions in {@code payments} of this account's payments, by paidAt then id
   */
  AccountTimeline(PaymentColumns payments, int[] order, List<Instant> sortedChurns) {
    this.payments = payments;
    this.order = order;
    this.churns = sortedChurns;
  }

  /** The payments with {@code paidAt >= from}, in order. */
  List<Payment> paymentsOnOrAfter(Instant from) {
    int low = 0;
    int high = order.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (payments.comparePaidAt(order[mid], from) < 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return new Positions(low);
  }

  /** The account's first payment with {@code paidAt >= from}, or null when there is none yet. */
  Payment firstPaymentOnOrAfter(Instant from) {
    List<Payment> after = paymentsOnOrAfter(from);
    return after.isEmpty() ? null : after.get(0);
  }

  /** The first churn with {@code from <= at <= to}, or null. */
  Instant firstChurnBetween(Instant from, Instant to) {
    int first = firstChurnIndex(from, true);
    return first < churns.size() && !churns.get(first).isAfter(to) ? churns.get(first) : null;
  }

  /** True when a churn has {@code afterExclusive < at <= untilInclusive}. */
  boolean churnedBetween(Instant afterExclusive, Instant untilInclusive) {
    int first = firstChurnIndex(afterExclusive, false);
    return first < churns.size() && !churns.get(first).isAfter(untilInclusive);
  }

  /** Index of the first churn at or after {@code from} (inclusive) or strictly after it. */
  private int firstChurnIndex(Instant from, boolean inclusive) {
    int low = 0;
    int high = churns.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      int cmp = churns.get(mid).compareTo(from);
      if (cmp < 0 || (cmp == 0 && !inclusive)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** {@code order[first..]} as payments, each built when read. */
  private final class Positions extends AbstractList<Payment> implements RandomAccess {
    private final int first;

    Positions(int first) {
      this.first = first;
    }

    @Override
    public Payment get(int i) {
      Objects.checkIndex(i, size());
      return payments.payment(order[first + i]);
    }

    @Override
    public int size() {
      return order.length - first;
    }
  }
}
