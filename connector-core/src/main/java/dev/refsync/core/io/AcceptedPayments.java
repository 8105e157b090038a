package dev.refsync.core.io;

import dev.refsync.core.model.Payment;
import dev.refsync.core.model.PaymentTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The payments that passed the per-line checks, with their lines, kept by column ({@link
 * PaymentTable}) rather than as objects: they are most of a large events file, and the objects
 * would stay alive, and be copied and marked by the collector, for the whole read and evaluation.
 */
final class AcceptedPayments implements Rows {
  private static final int CHUNK_BITS = 12;
  private static final int CHUNK = 1 << CHUNK_BITS;

  private final PaymentTable.Builder table = PaymentTable.builder();
  private final List<int[]> lines = new ArrayList<>();

  void add(Payment payment, long line) {
    int row = table.add(payment);
    if ((row & (CHUNK - 1)) == 0) {
      lines.add(new int[CHUNK]);
    }
    lines.get(row >>> CHUNK_BITS)[row & (CHUNK - 1)] = Math.toIntExact(line);
  }

  @Override
  public int size() {
    return table.size();
  }

  @Override
  public long line(int row) {
    return lines.get(row >>> CHUNK_BITS)[row & (CHUNK - 1)];
  }

  String id(int row) {
    return table.id(row);
  }

  String accountId(int row) {
    return table.accountId(row);
  }

  String dealId(int row) {
    return table.dealId(row);
  }

  /** The amount of the payment read from {@code line}, which must be an accepted line. */
  BigDecimal amountAtLine(long line) {
    int row = rowAt(line);
    if (row < 0) {
      throw new IllegalArgumentException("no accepted payment at line " + line);
    }
    return table.amount(row);
  }

  /** The table of the rows whose {@code keep[row]} is true. */
  PaymentTable table(boolean[] keep) {
    return table.build(keep);
  }
}
