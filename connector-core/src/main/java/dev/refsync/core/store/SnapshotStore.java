package dev.refsync.core.store;

import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.Account;
import dev.refsync.core.model.AccountLink;
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
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
   * Stores the latest canonical form of a source record as one kind and clears its deleted flag (a
   * record restored from the recycle bin comes back).
   *
   * @param canonical a Referrer, Referral, Account, Contact, Deal, Payment, Refund, Churn or
   *     AccountLink
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
        "UPDATE canonical_snapshot SET canonical_id = ?, payload = ?,"
            + " source_modified_at = ?, deleted = FALSE, updated_at = ?"
            + " WHERE source_system = ? AND object_type = ? AND external_id = ?"
            + " AND canonical_kind = ?";
    try (PreparedStatement statement = connection.prepareStatement(update)) {
      statement.setString(1, kind.idOf(canonical));
      statement.setString(2, payload);
      Jdbc.setInstant(statement, 3, sourceModifiedAt);
      Jdbc.setInstant(statement, 4, now);
      statement.setString(5, system);
      statement.setString(6, objectType);
      statement.setString(7, externalId);
      statement.setString(8, kind.name());
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
   * Replaces everything a source record is read as: each canonical form is upserted, and a kind it
   * was read as before but no longer is (a company whose referrer type was cleared) is flagged
   * deleted. A version older than the one stored is ignored, so a late or replayed webhook cannot
   * roll a record back (VENDOR-FACTS: HubSpot and Stripe deliver unordered and at least once).
   *
   * @param canonicals the record's canonical forms, at most one per kind; empty when the mapping
   *     reads nothing from it any more
   * @param sourceModifiedAt the record's modification time at the source; may be null, which is
   *     never considered stale
   * @return false when the stored version is newer and nothing was written
   */
  public boolean replace(
      String system,
      String objectType,
      String externalId,
      Collection<?> canonicals,
      Instant sourceModifiedAt) {
    Map<CanonicalKind, StoredVersion> stored = storedVersions(system, objectType, externalId);
    if (isStale(stored, sourceModifiedAt)) {
      return false;
    }
    Set<CanonicalKind> kept = EnumSet.noneOf(CanonicalKind.class);
    for (Object canonical : canonicals) {
      CanonicalKind kind = CanonicalKind.of(canonical);
      if (!kept.add(kind)) {
        throw new IllegalArgumentException(
            "two " + kind + " forms of " + system + " " + objectType + " " + externalId);
      }
      upsert(system, objectType, externalId, canonical, sourceModifiedAt);
    }
    for (Map.Entry<CanonicalKind, StoredVersion> row : stored.entrySet()) {
      if (!kept.contains(row.getKey()) && !row.getValue().deleted()) {
        setDeleted(system, objectType, externalId, row.getKey(), sourceModifiedAt);
      }
    }
    return true;
  }

  /**
   * Flags a record deleted at its source as of {@code deletedAt}, as every kind it was read as,
   * unless a newer version is stored (a delete delivered after the record was restored).
   *
   * @param deletedAt when the source deleted it; null is never stale
   * @return false when the stored version is newer, or no snapshot of the record exists
   */
  public boolean delete(String system, String objectType, String externalId, Instant deletedAt) {
    Map<CanonicalKind, StoredVersion> stored = storedVersions(system, objectType, externalId);
    if (stored.isEmpty() || isStale(stored, deletedAt)) {
      return false;
    }
    for (CanonicalKind kind : stored.keySet()) {
      setDeleted(system, objectType, externalId, kind, deletedAt);
    }
    return true;
  }

  private static boolean isStale(Map<CanonicalKind, StoredVersion> stored, Instant version) {
    if (version == null) {
      return false;
    }
    Instant truncated = Jdbc.truncate(version);
    for (StoredVersion row : stored.values()) {
      if (row.modifiedAt() != null && row.modifiedAt().isAfter(truncated)) {
        return true;
      }
    }
    return false;
  }

  /** A stored row's source version; deleted rows keep theirs, so a late delivery stays late. */
  private record StoredVersion(Instant modifiedAt, boolean deleted) {}

  private Map<CanonicalKind, StoredVersion> storedVersions(
      String system, String objectType, String externalId) {
    String sql =
        "SELECT canonical_kind, source_modified_at, deleted FROM canonical_snapshot"
            + " WHERE source_system = ? AND object_type = ? AND external_id = ?";
    Map<CanonicalKind, StoredVersion> versions = new EnumMap<>(CanonicalKind.class);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, system);
      statement.setString(2, objectType);
      statement.setString(3, externalId);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          versions.put(
              CanonicalKind.valueOf(rows.getString("canonical_kind")),
              new StoredVersion(
                  Jdbc.getInstant(rows, "source_modified_at"), rows.getBoolean("deleted")));
        }
      }
    } catch (SQLException e) {
      throw failure("read the versions of", system, objectType, externalId, e);
    }
    return versions;
  }

  /** Flags one kind deleted; the version of the deletion is kept when it is known. */
  private void setDeleted(
      String system, String objectType, String externalId, CanonicalKind kind, Instant at) {
    String sql =
        "UPDATE canonical_snapshot SET deleted = TRUE, updated_at = ?,"
            + " source_modified_at = COALESCE(?, source_modified_at)"
            + " WHERE source_system = ? AND object_type = ? AND external_id = ?"
            + " AND canonical_kind = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      Jdbc.setInstant(statement, 1, clock.instant());
      Jdbc.setInstant(statement, 2, at);
      statement.setString(3, system);
      statement.setString(4, objectType);
      statement.setString(5, externalId);
      statement.setString(6, kind.name());
      statement.executeUpdate();
    } catch (SQLException e) {
      throw failure("mark deleted", system, objectType, externalId, e);
    }
  }

  /**
   * Flags a record deleted at its source, as every kind it was read as; it stays in the table (its
   * last canonical forms are kept) but no longer enters the dataset the engines evaluate.
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
      return statement.executeUpdate() >= 1;
    } catch (SQLException e) {
      throw failure("mark deleted", system, objectType, externalId, e);
    }
  }

  /**
   * Where each live canonical record was read: the write-back needs the vendor record (and the
   * connection) behind a canonical deal or account.
   */
  public SnapshotLocations locations() {
    String sql =
        "SELECT source_system, object_type, external_id, canonical_kind, canonical_id"
            + " FROM canonical_snapshot WHERE deleted = FALSE"
            + " ORDER BY source_system, object_type, external_id";
    Map<String, List<SnapshotLocation>> byKey = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        CanonicalKind kind = CanonicalKind.valueOf(rows.getString("canonical_kind"));
        byKey
            .computeIfAbsent(
                SnapshotLocations.key(kind.type(), rows.getString("canonical_id")),
                k -> new ArrayList<>())
            .add(
                new SnapshotLocation(
                    rows.getString("source_system"),
                    rows.getString("object_type"),
                    rows.getString("external_id")));
      }
    } catch (SQLException e) {
      throw new StoreAccessException("Could not read snapshot locations", e);
    }
    return new SnapshotLocations(byKey);
  }

  /** Every live billing-customer link, by customer id. */
  public List<AccountLink> accountLinks() {
    String sql =
        "SELECT source_system, object_type, external_id, payload FROM canonical_snapshot"
            + " WHERE deleted = FALSE AND canonical_kind = 'ACCOUNT_LINK' ORDER BY canonical_id";
    List<AccountLink> links = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        links.add(json.read(rows.getString("payload"), AccountLink.class, where(rows)));
      }
    } catch (SQLException e) {
      throw new StoreAccessException("Could not read account links", e);
    }
    return links;
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
        if (kind == CanonicalKind.ACCOUNT_LINK) {
          continue;
        }
        Object record = json.read(rows.getString("payload"), kind.type(), where(rows));
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

  private static String where(ResultSet rows) throws SQLException {
    return "canonical_snapshot ("
        + rows.getString("source_system")
        + ", "
        + rows.getString("object_type")
        + ", "
        + rows.getString("external_id")
        + ")";
  }

  private static StoreAccessException failure(
      String action, String system, String objectType, String externalId, SQLException e) {
    return new StoreAccessException(
        "Could not " + action + " the snapshot of " + system + " " + objectType + " " + externalId,
        e);
  }
}
