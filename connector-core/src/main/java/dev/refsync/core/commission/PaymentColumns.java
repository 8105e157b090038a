package dev.refsync.core.commission;

import dev.refsync.core.model.Payment;
import dev.refsync.core.model.PaymentTable;
import java.time.Instant;
import java.util.List;

/**
 * The payments of a data set by position, with what the activity index groups, filters and sorts on
 * read without building a {@link Payment} when they are a {@link PaymentTable}: the index then
 * holds positions, and payments exist only while a calculation reads them.
 */
interface PaymentColumns {
  static PaymentColumns of(List<Payment> payments) {
    return payments instanceof PaymentTable table ? new Table(table) : new Records(payments);
  }

  int size();

  Payment payment(int i);

  String accountId(int i);

  /** Compares {@code paidAt} with {@code time}. */
  int comparePaidAt(int i, Instant time);

  /** By {@code paidAt}, then id. */
  int compare(int i, int j);

  /** Payments as records. */
  record Records(List<Payment> payments) implements PaymentColumns {
    @Override
    public int size() {
      return payments.size();
    }

    @Override
    public Payment payment(int i) {
      return payments.get(i);
    }

    @Override
    public String accountId(int i) {
      return payments.get(i).accountId();
    }

    @Override
    public int comparePaidAt(int i, Instant time) {
      return payments.get(i).paidAt().compareTo(time);
    }

    @Override
    public int compare(int i, int j) {
      Payment a = payments.get(i);
      Payment b = payments.get(j);
      int c = a.paidAt().compareTo(b.paidAt());
      return c != 0 ? c : a.id().compareTo(b.id());
    }
  }

  /** Payments as columns. */
  record Table(PaymentTable table) implements PaymentColumns {
    @Override
    public int size() {
      return table.size();
    }

    @Override
    public Payment payment(int i) {
      return table.get(i);
    }

    @Override
    public String accountId(int i) {
      return table.accountId(i);
    }

    @Override
    public int comparePaidAt(int i, Instant time) {
      int c = Long.compare(table.epochSecond(i), time.getEpochSecond());
      return c != 0 ? c : Integer.compare(table.nano(i), time.getNano());
    }

    @Override
    public int compare(int i, int j) {
      int c = Long.compare(table.epochSecond(i), table.epochSecond(j));
      if (c == 0) {
        c = Integer.compare(table.nano(i), table.nano(j));
      }
      return c != 0 ? c : table.id(i).compareTo(table.id(j));
    }
  }
}
