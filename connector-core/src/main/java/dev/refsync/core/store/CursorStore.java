package dev.refsync.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One pull cursor per (connection, object type) (table {@code sync_cursor}). */
public final class CursorStore {
  private final Connection connection;
  private final Clock clock;

  CursorStore(Connection connection, Clock clock) {
    this.connection = connection;
    this.clock = clock;
  }

  /** The cursor of a (connection, object type), empty before its first pull committed. */
  public Optional<Cursor> get(String connectionName, String objectType) {
    return read(connectionName, objectType, false);
  }

  /** Every stored cursor, by connection then object type. */
  public List<StoredCursor> all() {
    String sql =
        "SELECT connection_name, object_type, cursor_time, cursor_id, updated_at FROM sync_cursor"
            + " ORDER BY connection_name, object_type";
    List<StoredCursor> result = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        result.add(
            new StoredCursor(
                rows.getString("connection_name"),
                rows.getString("object_type"),
                new Cursor(Jdbc.getInstant(rows, "cursor_time"), rows.getString("cursor_id")),
                Jdbc.getInstant(rows, "updated_at")));
      }
    } catch (SQLException e) {
      throw new StoreAccessException("Could not read the cursors", e);
    }
    return result;
  }

  /**
   * Moves the cursor forward to {@code next}. A cursor never moves backwards: a {@code next} at or
   * before the stored one (a late page, a replayed webhook) leaves it unchanged, so a pull can
   * never re-open a range it already committed past.
   *
   * @return the cursor stored after the call
   */
  public Cursor advance(String connectionName, String objectType, Cursor requested) {
    Cursor next = new Cursor(Jdbc.truncate(requested.time()), requested.id());
    // FOR UPDATE serializes two advances of the same cursor on both H2 and PostgreSQL.
    Optional<Cursor> current = read(connectionName, objectType, true);
    if (current.isPresent() && current.get().compareTo(next) >= 0) {
      return current.get();
    }
    String sql =
        current.isPresent()
            ? "UPDATE sync_cursor SET cursor_time = ?, cursor_id = ?, updated_at = ?"
                + " WHERE connection_name = ? AND object_type = ?"
            : "INSERT INTO sync_cursor (cursor_time, cursor_id, updated_at, connection_name,"
                + " object_type) VALUES (?, ?, ?, ?, ?)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      Jdbc.setInstant(statement, 1, next.time());
      statement.setString(2, next.id());
      Jdbc.setInstant(statement, 3, clock.instant());
      statement.setString(4, connectionName);
      statement.setString(5, objectType);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new StoreAccessException(
          "Could not advance the cursor of " + connectionName + " " + objectType, e);
    }
    return next;
  }

  /**
   * Forgets the cursor of a (connection, object type): its next pull reads from the beginning (a
   * backfill). Nothing already stored is lost; records read again are upserted.
   *
   * @return false when there was no cursor
   */
  public boolean delete(String connectionName, String objectType) {
    String sql = "DELETE FROM sync_cursor WHERE connection_name = ? AND object_type = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, connectionName);
      statement.setString(2, objectType);
      return statement.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new StoreAccessException(
          "Could not delete the cursor of " + connectionName + " " + objectType, e);
    }
  }

  /**
   * Moves a cursor back for a backfill: to {@code to}, or - when {@code to} is empty - drops it so
   * the next pull reads from the beginning. A cursor already at or before {@code to} is left alone:
   * a backfill never skips anything.
   *
   * @return the cursor stored after the call; empty when there is none
   */
  public Optional<Cursor> rewind(String connectionName, String objectType, Optional<Cursor> to) {
    Optional<Cursor> current = read(connectionName, objectType, true);
    if (current.isPresent() && to.isPresent() && current.get().compareTo(to.get()) <= 0) {
      return current;
    }
    delete(connectionName, objectType);
    return to.map(cursor -> advance(connectionName, objectType, cursor));
  }

  /**
   * Records that a (connection, object type) has read everything its source had at least once; the
   * first time counts, later ones change nothing.
   */
  public void markCaughtUp(String connectionName, String objectType) {
    // Select-then-insert is plain SQL on both H2 and PostgreSQL; the leader lock keeps two pulls
    // of one (connection, object type) from racing here.
    String exists = "SELECT 1 FROM sync_caught_up WHERE connection_name = ? AND object_type = ?";
    String insert =
        "INSERT INTO sync_caught_up (connection_name, object_type, caught_up_at) VALUES (?, ?, ?)";
    try (PreparedStatement query = connection.prepareStatement(exists)) {
      query.setString(1, connectionName);
      query.setString(2, objectType);
      try (ResultSet rows = query.executeQuery()) {
        if (rows.next()) {
          return;
        }
      }
      try (PreparedStatement statement = connection.prepareStatement(insert)) {
        statement.setString(1, connectionName);
        statement.setString(2, objectType);
        Jdbc.setInstant(statement, 3, clock.instant());
        statement.executeUpdate();
      }
    } catch (SQLException e) {
      throw new StoreAccessException(
          "Could not record that " + connectionName + " " + objectType + " caught up", e);
    }
  }

  /** Every (connection, object type) that has caught up once, as {@code connection/objectType}. */
  public Set<String> caughtUp() {
    String sql = "SELECT connection_name, object_type FROM sync_caught_up";
    Set<String> out = new HashSet<>();
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        out.add(caughtUpKey(rows.getString("connection_name"), rows.getString("object_type")));
      }
    } catch (SQLException e) {
      throw new StoreAccessException("Could not read which sources caught up", e);
    }
    return out;
  }

  /** The key {@link #caughtUp()} uses for a (connection, object type). */
  public static String caughtUpKey(String connectionName, String objectType) {
    return connectionName + "/" + objectType;
  }

  private Optional<Cursor> read(String connectionName, String objectType, boolean forUpdate) {
    String sql =
        "SELECT cursor_time, cursor_id FROM sync_cursor"
            + " WHERE connection_name = ? AND object_type = ?"
            + (forUpdate ? " FOR UPDATE" : "");
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, connectionName);
      statement.setString(2, objectType);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Cursor(Jdbc.getInstant(rows, "cursor_time"), rows.getString("cursor_id")));
      }
    } catch (SQLException e) {
      throw new StoreAccessException(
          "Could not read the cursor of " + connectionName + " " + objectType, e);
    }
  }
}
