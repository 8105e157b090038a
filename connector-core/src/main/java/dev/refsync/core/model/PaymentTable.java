package dev.refsync.core.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * An immutable list of payments stored by column: a {@link Payment} is built when an element is
 * read, and dropped by the reader when done with it.
 *
 * <p>Why: payments are most of an events file (three in four lines of the DESIGN 7 benchmark), and
 * as objects each kept a record, an {@link Instant} and seven references alive for the whole
 * evaluation, which the garbage collector copies and marks over and over while the data set grows.
 * Here the account, deal, subscription, currency and amount of a row are {@code int} codes into
 * small dictionaries and the time two primitives, so a million payments are a few dozen arrays. The
 * id stays a string per row.
 *
 * <p>Elements are equal to the payments added ({@link Payment} is a record), not the same
 * instances. Code that needs only a field reads it by row ({@link #accountId}, {@link
 * #epochSecond}, {@link #nano}, {@link #id}) without building the payment.
 */
public final class PaymentTable extends AbstractList<Payment> implements RandomAccess {
  private static final int CHUNK_BITS = 14;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final int NONE = -1;

  private final int size;
  private final CompactStrings idStore;
  private final int[][] ids;
  private final int[][] accounts;
  private final int[][] deals;
  private final int[][] subscriptions;
  private final int[][] currencies;
  private final int[][] amounts;
  private final long[][] seconds;
  private final int[][] nanos;
  private final String[] strings;
  private final BigDecimal[] decimals;

  private PaymentTable(Builder b, boolean[] keep) {
    int kept = 0;
    for (int row = 0; row < b.size; row++) {
      if (keep == null || keep[row]) {
        kept++;
      }
    }
    size = kept;
    int chunks = (kept + CHUNK - 1) >>> CHUNK_BITS;
    idStore = b.idStore;
    ids = new int[chunks][];
    accounts = new int[chunks][];
    deals = new int[chunks][];
    subscriptions = new int[chunks][];
    currencies = new int[chunks][];
    amounts = new int[chunks][];
    seconds = new long[chunks][];
    nanos = new int[chunks][];
    for (int c = 0; c < chunks; c++) {
      int length = Math.min(CHUNK, kept - (c << CHUNK_BITS));
      ids[c] = new int[length];
      accounts[c] = new int[length];
      deals[c] = new int[length];
      subscriptions[c] = new int[length];
      currencies[c] = new int[length];
      amounts[c] = new int[length];
      seconds[c] = new long[length];
      nanos[c] = new int[length];
    }
    int to = 0;
    for (int from = 0; from < b.size; from++) {
      if (keep == null || keep[from]) {
        int fc = from >>> CHUNK_BITS;
        int fi = from & (CHUNK - 1);
        int tc = to >>> CHUNK_BITS;
        int ti = to & (CHUNK - 1);
        ids[tc][ti] = b.ids.get(fc)[fi];
        accounts[tc][ti] = b.accounts.get(fc)[fi];
        deals[tc][ti] = b.deals.get(fc)[fi];
        subscriptions[tc][ti] = b.subscriptions.get(fc)[fi];
        currencies[tc][ti] = b.currencies.get(fc)[fi];
        amounts[tc][ti] = b.amounts.get(fc)[fi];
        seconds[tc][ti] = b.seconds.get(fc)[fi];
        nanos[tc][ti] = b.nanos.get(fc)[fi];
        to++;
      }
    }
    strings = b.strings.toArray(String[]::new);
    decimals = b.decimals.toArray(BigDecimal[]::new);
  }

  /** A builder for a table; rows are added in order. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Payment get(int row) {
    int c = chunk(row);
    int i = row & (CHUNK - 1);
    return new Payment(
        idAt(c, i),
        strings[accounts[c][i]],
        string(deals[c][i]),
        decimals[amounts[c][i]],
        string(currencies[c][i]),
        Instant.ofEpochSecond(seconds[c][i], nanos[c][i]),
        string(subscriptions[c][i]));
  }

  /** {@code get(row).id()}, without building the payment. */
  public String id(int row) {
    return idAt(chunk(row), row & (CHUNK - 1));
  }

  private String idAt(int c, int i) {
    return idStore.get(ids[c][i]);
  }

  /** {@code get(row).accountId()}, without building the payment. */
  public String accountId(int row) {
    return strings[accounts[chunk(row)][row & (CHUNK - 1)]];
  }

  /** {@code get(row).paidAt().getEpochSecond()}, without building the payment. */
  public long epochSecond(int row) {
    return seconds[chunk(row)][row & (CHUNK - 1)];
  }

  /** {@code get(row).paidAt().getNano()}, without building the payment. */
  public int nano(int row) {
    return nanos[chunk(row)][row & (CHUNK - 1)];
  }

  private int chunk(int row) {
    if (row < 0 || row >= size) {
      throw new IndexOutOfBoundsException("row " + row + " of " + size);
    }
    return row >>> CHUNK_BITS;
  }

  private String string(int code) {
    return code == NONE ? null : strings[code];
  }

  /**
   * Collects rows in chunks (no array is ever re-allocated to grow), coding the repeated values:
   * consecutive payments usually share account, deal, subscription, currency and amount, which are
   * then matched by identity before any hashing.
   */
  public static final class Builder {
    private final CompactStrings idStore = new CompactStrings();
    private final List<int[]> ids = new ArrayList<>();
    private final List<int[]> accounts = new ArrayList<>();
    private final List<int[]> deals = new ArrayList<>();
    private final List<int[]> subscriptions = new ArrayList<>();
    private final List<int[]> currencies = new ArrayList<>();
    private final List<int[]> amounts = new ArrayList<>();
    private final List<long[]> seconds = new ArrayList<>();
    private final List<int[]> nanos = new ArrayList<>();
    private final List<String> strings = new ArrayList<>();
    private final Map<String, Integer> stringCodes = new HashMap<>();
    private final List<BigDecimal> decimals = new ArrayList<>();
    private final Map<BigDecimal, Integer> decimalCodes = new HashMap<>();
    // The last value coded per column, and its code: the identity shortcut above.
    private final Object[] lastValue = new Object[5];
    private final int[] lastCode = new int[5];
    private int size;

    private Builder() {}

    /** Adds {@code payment} as the next row; returns the row. */
    public int add(Payment payment) {
      int i = size & (CHUNK - 1);
      if (i == 0) {
        ids.add(new int[CHUNK]);
        accounts.add(new int[CHUNK]);
        deals.add(new int[CHUNK]);
        subscriptions.add(new int[CHUNK]);
        currencies.add(new int[CHUNK]);
        amounts.add(new int[CHUNK]);
        seconds.add(new long[CHUNK]);
        nanos.add(new int[CHUNK]);
      }
      int c = size >>> CHUNK_BITS;
      ids.get(c)[i] = idStore.add(payment.id());
      accounts.get(c)[i] = stringCode(0, payment.accountId());
      deals.get(c)[i] = stringCode(1, payment.dealId());
      subscriptions.get(c)[i] = stringCode(2, payment.subscriptionId());
      currencies.get(c)[i] = stringCode(3, payment.currency());
      amounts.get(c)[i] = decimalCode(payment.amount());
      seconds.get(c)[i] = payment.paidAt().getEpochSecond();
      nanos.get(c)[i] = payment.paidAt().getNano();
      return size++;
    }

    /** The rows added so far. */
    public int size() {
      return size;
    }

    /** The account id of the payment at {@code row}. */
    public String accountId(int row) {
      return strings.get(accounts.get(row >>> CHUNK_BITS)[row & (CHUNK - 1)]);
    }

    /** The deal id of the payment at {@code row}, or null. */
    public String dealId(int row) {
      int code = deals.get(row >>> CHUNK_BITS)[row & (CHUNK - 1)];
      return code == NONE ? null : strings.get(code);
    }

    /** The id of the payment at {@code row}. */
    public String id(int row) {
      return idStore.get(ids.get(row >>> CHUNK_BITS)[row & (CHUNK - 1)]);
    }

    /** The amount of the payment at {@code row}. */
    public BigDecimal amount(int row) {
      return decimals.get(amounts.get(row >>> CHUNK_BITS)[row & (CHUNK - 1)]);
    }

    /** A table of every row added. */
    public PaymentTable build() {
      return new PaymentTable(this, null);
    }

    /** A table of the rows whose {@code keep[row]} is true, in order. */
    public PaymentTable build(boolean[] keep) {
      if (keep.length < size) {
        throw new IllegalArgumentException("keep has " + keep.length + " rows, not " + size);
      }
      return new PaymentTable(this, keep);
    }

    private int stringCode(int column, String value) {
      if (value == null) {
        return NONE;
      }
      if (value == lastValue[column]) {
        return lastCode[column];
      }
      Integer code = stringCodes.get(value);
      if (code == null) {
        code = strings.size();
        strings.add(value);
        stringCodes.put(value, code);
      }
      lastValue[column] = value;
      lastCode[column] = code;
      return code;
    }

    private int decimalCode(BigDecimal value) {
      if (value == lastValue[4]) {
        return lastCode[4];
      }
      // Keyed by equals, which for BigDecimal includes the scale: 1.0 and 1.00 stay apart.
      Integer code = decimalCodes.get(value);
      if (code == null) {
        code = decimals.size();
        decimals.add(value);
        decimalCodes.put(value, code);
      }
      lastValue[4] = value;
      lastCode[4] = code;
      return code;
    }
  }
}
