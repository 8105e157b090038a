package dev.refsync.core.store;

import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.Account;
import dev.refsync.core.model.Churn;
import dev.refsync.core.model.Contact;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.Payment;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.Refund;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Canonical snapshots of synced records (table {@code canonical_snapshot}), keyed by where the
 * record lives: (system, object type, external id).
 */
public final class SnapshotStore {
  private final Connection connection;
  private final Clock clock;
  private final CanonicalJson json;

  SnapshotStore(Connection connection, Clock clock, CanonicalJson json) {
    this.connection = connection;
    this.clock = clock;
    this.json = json;
  }

  /**
   * Stores the latest canonical form of a source record and clears its deleted flag (a record
   * restored from the recycle bin comes back).
   *
   * @param canonical a Referrer, Referral, Account, Contact, Deal, Payment, Refund or Churn
   * @param sourceModifiedAt the record's modification time at the source; may be null
   */
  public void upsert(
      String system,
      String objectType,
      String externalId,
      Object canonical,
      Instant sourceModifiedAt) {
    CanonicalKind kind = CanonicalKind.of(canonical);
    String payload = json.write(canonical);
    Instant now = clock.instant();
    // Update-then-insert is plain SQL on both H2 and PostgreSQL. The daemon is the single writer;
    // were two writers to race, the primary key turns the loser's insert into an exception that
    // rolls its transaction back, never into a duplicate row.
    String update =
        "UPDATE canonical_snapshot SET canonical_kind = ?, canonical_id = ?, payload = ?,"
            + " source_modified_at = ?, deleted = FALSE, updated_at = ?"
            + " WHERE source_system = ? AND object_type = ? AND external_id = ?";
    try (PreparedStatement statement = connection.prepareStatement(update)) {
      statement.setString(1, kind.name());
      statement.setString(2, kind.idOf(canonical));
      statement.setString(3, payload);
      Jdbc.setInstant(statement, 4, sourceModifiedAt);
      Jdbc.setInstant(statement, 5, now);
      statement.setString(6, system);
      statement.setString(7, objectType);
      statement.setString(8, externalId);
      if (statement.executeUpdate() == 1) {
        return;
      }
    } catch (SQLException e) {
      throw failure("update", system, objectType, externalId, e);
    }
    String insert =
        "INSERT INTO canonical_snapshot (source_system, object_type, external_id, canonical_kind,"
            + " canonical_id, payload, source_modified_at, deleted, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?)";
    try (PreparedStatement statement = connection.prepareStatement(insert)) {
      statement.setString(1, system);
      statement.setString(2, objectType);
      statement.setString(3, externalId);
      statement.setString(4, kind.name());
      statement.setString(5, kind.idOf(canonical));
      statement.setString(6, payload);
      Jdbc.setInstant(statement, 7, sourceModifiedAt);
      Jdbc.setInstant(statement, 8, now);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw failure("insert", system, objectType, externalId, e);
    }
  }

  /**
   * Flags a record deleted at its source; it stays in the table (its last canonical form is kept)
   * but no longer enters the dataset the engines evaluate.
   *
   * @return false when no snapshot of that record exists, so there is nothing to delete
   */
  public boolean markDeleted(String system, String objectType, String externalId) {
    String sql =
        "UPDATE canonical_snapshot SET deleted = TRUE, updated_at = ?"
            + " WHERE source_system = ? AND object_type = ? AND external_id = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      Jdbc.setInstant(statement, 1, clock.instant());
      statement.setString(2, system);
      statement.setString(3, objectType);
      statement.setString(4, externalId);
      return statement.executeUpdate() == 1;
    } catch (SQLException e) {
      throw failure("mark deleted", system, objectType, externalId, e);
    }
  }

  /**
   * Every live (not deleted) canonical record. When several source records carry the same canonical
   * id (a company synced from both CRMs), the one most recently modified at its source wins; ties
   * go to the first by (system, object type, external id), so the choice is stable. Each list is
   * ordered by canonical id.
   */
  public CanonicalDataset loadDataset() {
    String sql =
        "SELECT source_system, object_type, external_id, canonical_kind, canonical_id, payload"
            + " FROM canonical_snapshot WHERE deleted = FALSE"
            + " ORDER BY canonical_kind, canonical_id,"
            + " CASE WHEN source_modified_at IS NULL THEN 1 ELSE 0 END, source_modified_at DESC,"
            + " source_system, object_type, external_id";
    Map<CanonicalKind, List<Object>> byKind = new EnumMap<>(CanonicalKind.class);
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      String previousKey = null;
      while (rows.next()) {
        CanonicalKind kind = CanonicalKind.valueOf(rows.getString("canonical_kind"));
        String key = kind.name() + "\u0000" + rows.getString("canonical_id");
        if (key.equals(previousKey)) {
          continue;
        }
        previousKey = key;
        String where =
            "canonical_snapshot ("
                + rows.getString("source_system")
                + ", "
                + rows.getString("object_type")
                + ", "
                + rows.getString("external_id")
                + ")";
        Object record = json.read(rows.getString("payload"), kind.type(), where);
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(record);
      }
    } catch (SQLException e) {
      throw new StoreAccessException("Could not read canonical snapshots", e);
    }
    return new CanonicalDataset(
        list(byKind, CanonicalKind.REFERRER, Referrer.class),
        list(byKind, CanonicalKind.REFERRAL, Referral.class),
        list(byKind, CanonicalKind.ACCOUNT, Account.class),
        list(byKind, CanonicalKind.CONTACT, Contact.class),
        list(byKind, CanonicalKind.DEAL, Deal.class),
        list(byKind, CanonicalKind.PAYMENT, Payment.class),
        list(byKind, CanonicalKind.REFUND, Refund.class),
        list(byKind, CanonicalKind.CHURN, Churn.class));
  }

  private static <T> List<T> list(
      Map<CanonicalKind, List<Object>> byKind, CanonicalKind kind, Class<T> type) {
    return byKind.getOrDefault(kind, List.of()).stream().map(type::cast).toList();
  }

  private static StoreAccessException failure(
      String action, String system, String objectType, String externalId, SQLException e) {
    return new StoreAccessException(
        "Could not " + action + " the snapshot of " + system + " " + objectType + " " + externalId,
        e);
  }
}
