package dev.refsync.core.store;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.EntryKind;
import dev.refsync.core.model.EntryStatus;
import dev.refsync.core.model.Money;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The append-only commission ledger (table {@code commission_ledger}) and its payouts (table {@code
 * commission_payout}). This class has no UPDATE or DELETE statement on the ledger: a row, once
 * appended, is final (DESIGN 5). Whether an entry is paid is derived from the payout table.
 */
public final class LedgerStore {
  /** DECIMAL(19,4): enough for every ISO 4217 currency's minor units. */
  static final int AMOUNT_SCALE = 4;

  private static final String COLUMNS =
      "id, referrer_id, referral_id, plan_id, deal_id, payment_id, kind, amount, currency,"
          + " earned_at, payable_at, status, explanation";

  private final Connection connection;
  private final Clock clock;

  LedgerStore(Connection connection, Clock clock) {
    this.connection = connection;
    this.clock = clock;
  }

  /**
   * Inserts the entries whose id is not in the ledger yet and ignores the others: an existing row
   * is never updated, even when the offered entry differs from it (see {@link LedgerReconciler} for
   * how such differences are reported).
   *
   * @return the entries actually inserted, in the order given, as stored (instants truncated to
   *     microseconds)
   */
  public List<CommissionEntry> append(List<CommissionEntry> entries) {
    for (CommissionEntry entry : entries) {
      if (entry.amount().stripTrailingZeros().scale() > AMOUNT_SCALE) {
        throw new IllegalArgumentException(
            "Ledger entry "
                + entry.id()
                + " has amount "
                + entry.amount().toPlainString()
                + " with more than "
                + AMOUNT_SCALE
                + " decimals; round it to the currency's minor units first (Money.round)");
      }
    }
    List<CommissionEntry> inserted = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String insert =
        "INSERT INTO commission_ledger ("
            + COLUMNS
            + ", recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    Instant now = clock.instant();
    try (PreparedStatement exists =
            connection.prepareStatement("SELECT 1 FROM commission_ledger WHERE id = ?");
        PreparedStatement statement = connection.prepareStatement(insert)) {
      for (CommissionEntry entry : entries) {
        if (!seen.add(entry.id()) || contains(exists, entry.id())) {
          continue;
        }
        statement.setString(1, entry.id());
        statement.setString(2, entry.referrerId());
        statement.setString(3, entry.referralId());
        statement.setString(4, entry.planId());
        statement.setString(5, entry.dealId());
        statement.setString(6, entry.paymentId());
        statement.setString(7, entry.kind().name());
        statement.setBigDecimal(8, entry.amount());
        statement.setString(9, entry.currency());
        Jdbc.setInstant(statement, 10, entry.earnedAt());
        Jdbc.setInstant(statement, 11, entry.payableAt());
        statement.setString(12, entry.status().name());
        statement.setString(13, entry.explanation());
        Jdbc.setInstant(statement, 14, now);
        statement.addBatch();
        inserted.add(
            new CommissionEntry(
                entry.id(),
                entry.referrerId(),
                entry.referralId(),
                entry.planId(),
                entry.dealId(),
                entry.paymentId(),
                entry.kind(),
                entry.amount(),
                entry.currency(),
                Jdbc.truncate(entry.earnedAt()),
                Jdbc.truncate(entry.payableAt()),
                entry.status(),
                entry.explanation()));
      }
      statement.executeBatch();
    } catch (SQLException e) {
      throw new StoreAccessException("Could not append " + entries.size() + " ledger entries", e);
    }
    return inserted;
  }

  /** Every ledger entry exactly as recorded (status as computed when appended), by id. */
  public List<CommissionEntry> entries() {
    List<CommissionEntry> result = new ArrayList<>();
    String sql = "SELECT " + COLUMNS + " FROM commission_ledger ORDER BY id";
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        result.add(read(rows));
      }
    } catch (SQLException e) {
      throw new StoreAccessException("Could not read the ledger", e);
    }
    return result;
  }

  /**
   * Every ledger entry with its status as of {@code asOf} (DESIGN 5): {@code PAID} once a payout is
   * recorded, else {@code HELD} before {@code payableAt} and {@code PAYABLE} from then on.
   */
  public List<CommissionEntry> entriesAsOf(Instant asOf) {
    Set<String> paid = paidEntryIds();
    return entries().stream()
        .map(e -> withStatus(e, statusOf(e, paid.contains(e.id()), asOf)))
        .toList();
  }

  /** The status rule of DESIGN 5 for one entry. */
  public static EntryStatus statusOf(CommissionEntry entry, boolean paid, Instant asOf) {
    if (paid) {
      return EntryStatus.PAID;
    }
    return asOf.isBefore(entry.payableAt()) ? EntryStatus.HELD : EntryStatus.PAYABLE;
  }

  /**
   * Records that an entry was paid out. The first payout recorded for an entry stands: recording
   * again (a retried payout import) changes nothing.
   *
   * @return true when this call recorded the payout, false when one was already recorded
   * @throws UnknownLedgerEntryException when no entry has that id
   */
  public boolean recordPayout(String entryId, Instant paidAt, String reference) {
    try (PreparedStatement exists =
        connection.prepareStatement("SELECT 1 FROM commission_ledger WHERE id = ?")) {
      if (!contains(exists, entryId)) {
        throw new UnknownLedgerEntryException(entryId);
      }
    } catch (SQLException e) {
      throw new StoreAccessException("Could not look up ledger entry " + entryId, e);
    }
    if (isPaid(entryId)) {
      return false;
    }
    String sql =
        "INSERT INTO commission_payout (entry_id, paid_at, payout_reference, recorded_at)"
            + " VALUES (?, ?, ?, ?)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, entryId);
      Jdbc.setInstant(statement, 2, paidAt);
      statement.setString(3, reference);
      Jdbc.setInstant(statement, 4, clock.instant());
      statement.executeUpdate();
      return true;
    } catch (SQLException e) {
      throw new StoreAccessException("Could not record the payout of " + entryId, e);
    }
  }

  private boolean isPaid(String entryId) {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT 1 FROM commission_payout WHERE entry_id = ?")) {
      return contains(statement, entryId);
    } catch (SQLException e) {
      throw new StoreAccessException("Could not read the payout of " + entryId, e);
    }
  }

  private Set<String> paidEntryIds() {
    Set<String> result = new HashSet<>();
    try (PreparedStatement statement =
            connection.prepareStatement("SELECT entry_id FROM commission_payout");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        result.add(rows.getString(1));
      }
    } catch (SQLException e) {
      throw new StoreAccessException("Could not read payouts", e);
    }
    return result;
  }

  private static boolean contains(PreparedStatement lookup, String id) throws SQLException {
    lookup.setString(1, id);
    try (ResultSet rows = lookup.executeQuery()) {
      return rows.next();
    }
  }

  private static CommissionEntry read(ResultSet rows) throws SQLException {
    String currency = rows.getString("currency");
    return new CommissionEntry(
        rows.getString("id"),
        rows.getString("referrer_id"),
        rows.getString("referral_id"),
        rows.getString("plan_id"),
        rows.getString("deal_id"),
        rows.getString("payment_id"),
        EntryKind.valueOf(rows.getString("kind")),
        restoreScale(rows.getBigDecimal("amount"), currency),
        currency,
        Jdbc.getInstant(rows, "earned_at"),
        Jdbc.getInstant(rows, "payable_at"),
        EntryStatus.valueOf(rows.getString("status")),
        rows.getString("explanation"));
  }

  /**
   * DECIMAL(19,4) reads back with four decimals; give the amount back the currency's minor units it
   * was appended with (never fewer digits than it has, so nothing is rounded).
   */
  private static BigDecimal restoreScale(BigDecimal stored, String currency) {
    BigDecimal stripped = stored.stripTrailingZeros();
    int minor = Money.isCurrency(currency) ? Money.minorUnits(currency) : 0;
    return stripped.setScale(Math.max(minor, Math.max(stripped.scale(), 0)));
  }

  private static CommissionEntry withStatus(CommissionEntry e, EntryStatus status) {
    return new CommissionEntry(
        e.id(),
        e.referrerId(),
        e.referralId(),
        e.planId(),
        e.dealId(),
        e.paymentId(),
        e.kind(),
        e.amount(),
        e.currency(),
        e.earnedAt(),
        e.payableAt(),
        status,
        e.explanation());
  }
}
