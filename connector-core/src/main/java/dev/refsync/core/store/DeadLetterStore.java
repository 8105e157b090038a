package dev.refsync.core.store;

import dev.refsync.core.port.DeadLetter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Records that failed to map or to push (table {@code dead_letter}, DESIGN 9). */
public final class DeadLetterStore {
  private final Connection connection;

  DeadLetterStore(Connection connection) {
    this.connection = connection;
  }

  /** Stores a dead letter, not yet retried. */
  public void add(DeadLetter letter) {
    String sql =
        "INSERT INTO dead_letter (source_system, object_type, record_id, payload, error, dead_at,"
            + " retried) VALUES (?, ?, ?, ?, ?, ?, FALSE)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, letter.system());
      statement.setString(2, letter.objectType());
      statement.setString(3, letter.recordId());
      statement.setString(4, letter.payload());
      statement.setString(5, letter.error());
      Jdbc.setInstant(statement, 6, letter.at());
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new StoreAccessException(
          "Could not store the dead letter of "
              + letter.system()
              + " "
              + letter.objectType()
              + " "
              + letter.recordId(),
          e);
    }
  }

  /** Every dead letter, oldest first. */
  public List<StoredDeadLetter> list() {
    return query("", null);
  }

  /** The dead letters not retried yet, oldest first. */
  public List<StoredDeadLetter> pending() {
    return query(" WHERE retried = FALSE", null);
  }

  /** One dead letter by id. */
  public Optional<StoredDeadLetter> get(long id) {
    return query(" WHERE id = ?", id).stream().findFirst();
  }

  /**
   * Marks a dead letter retried; it stays in the table as the record of what happened.
   *
   * @return false when no dead letter has that id
   */
  public boolean markRetried(long id) {
    try (PreparedStatement statement =
        connection.prepareStatement("UPDATE dead_letter SET retried = TRUE WHERE id = ?")) {
      statement.setLong(1, id);
      return statement.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new StoreAccessException("Could not mark dead letter " + id + " retried", e);
    }
  }

  private List<StoredDeadLetter> query(String where, Long id) {
    String sql =
        "SELECT id, source_system, object_type, record_id, payload, error, dead_at, retried"
            + " FROM dead_letter"
            + where
            + " ORDER BY dead_at, id";
    List<StoredDeadLetter> result = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      if (id != null) {
        statement.setLong(1, id);
      }
      readAll(statement, result);
    } catch (SQLException e) {
      throw new StoreAccessException("Could not read dead letters", e);
    }
    return result;
  }

  private static void readAll(PreparedStatement statement, List<StoredDeadLetter> result)
      throws SQLException {
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        result.add(
            new StoredDeadLetter(
                rows.getLong("id"),
                new DeadLetter(
                    rows.getString("source_system"),
                    rows.getString("object_type"),
                    rows.getString("record_id"),
                    rows.getString("payload"),
                    rows.getString("error"),
                    Jdbc.getInstant(rows, "dead_at")),
                rows.getBoolean("retried")));
      }
    }
  }
}
