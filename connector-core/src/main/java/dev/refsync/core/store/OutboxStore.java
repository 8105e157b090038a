package dev.refsync.core.store;

import dev.refsync.core.port.DeadLetter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Pending CRM writes (table {@code outbox}, DESIGN 9). Rows are claimed oldest first, marked done
 * only after the vendor accepted them, and on failure retried later or dead-lettered with the
 * vendor's error. A claim does not change a row: if the process dies mid-push the rows are still
 * pending and are pushed again, which is harmless because every push is an upsert by external id
 * (DESIGN 8).
 */
public final class OutboxStore {
  private static final String SELECT =
      "SELECT id, connection_name, target_type, target_key, payload, payload_version, created_at,"
          + " attempts,"
          + " next_attempt_at, status, last_error FROM outbox";

  private final Connection connection;
  private final Clock clock;
  private final DeadLetterStore deadLetters;

  OutboxStore(Connection connection, Clock clock, DeadLetterStore deadLetters) {
    this.connection = connection;
    this.clock = clock;
    this.deadLetters = deadLetters;
  }

  /**
   * Queues a write; there is at most one row per (connection, target type, target key).
   *
   * <ul>
   *   <li>No row yet: a new PENDING row, due now.
   *   <li>A PENDING row: its payload is replaced by the newer one; its attempts and backoff stay,
   *       so a failing target is not hammered because it keeps changing.
   *   <li>A DONE or DEAD row with the same payload: unchanged, there is nothing new to send.
   *   <li>A DONE or DEAD row with a different payload: PENDING again, due now, attempts reset.
   * </ul>
   */
  public void enqueue(OutboxItem item) {
    Optional<OutboxRow> existing = find(item.connection(), item.targetType(), item.targetKey());
    if (existing.isEmpty()) {
      insert(item);
    } else if (!existing.get().item().payload().equals(item.payload())) {
      replacePayload(existing.get(), item);
    }
  }

  private void insert(OutboxItem item) {
    Instant now = clock.instant();
    String sql =
        "INSERT INTO outbox (connection_name, target_type, target_key, payload, payload_version,"
            + " created_at, attempts, next_attempt_at, status, last_error)"
            + " VALUES (?, ?, ?, ?, 1, ?, 0, ?, 'PENDING', NULL)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, item.connection());
      statement.setString(2, item.targetType());
      statement.setString(3, item.targetKey());
      statement.setString(4, item.payload());
      Jdbc.setInstant(statement, 5, now);
      Jdbc.setInstant(statement, 6, now);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw failure("enqueue", item, e);
    }
  }

  private void replacePayload(OutboxRow row, OutboxItem item) {
    boolean pending = row.status() == OutboxStatus.PENDING;
    String sql =
        pending
            ? "UPDATE outbox SET payload = ?, payload_version = payload_version + 1 WHERE id = ?"
            : "UPDATE outbox SET payload = ?, payload_version = payload_version + 1,"
                + " attempts = 0, next_attempt_at = ?, status = 'PENDING', last_error = NULL"
                + " WHERE id = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, item.payload());
      if (pending) {
        statement.setLong(2, row.id());
      } else {
        Jdbc.setInstant(statement, 2, clock.instant());
        statement.setLong(3, row.id());
      }
      statement.executeUpdate();
    } catch (SQLException e) {
      throw failure("replace the payload of", item, e);
    }
  }

  /** Enqueues each item in order. */
  public void enqueueAll(Collection<OutboxItem> items) {
    items.forEach(this::enqueue);
  }

  /**
   * Up to {@code limit} PENDING rows of one connection and target type that are due at {@code now},
   * oldest first.
   */
  public List<OutboxRow> claimBatch(
      String connectionName, String targetType, int limit, Instant now) {
    if (limit < 1) {
      throw new IllegalArgumentException("claim limit must be at least 1, was " + limit);
    }
    String sql =
        SELECT
            + " WHERE connection_name = ? AND target_type = ? AND status = 'PENDING'"
            + " AND next_attempt_at <= ? ORDER BY created_at, id";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      // setMaxRows is the JDBC-portable LIMIT: both drivers push it into the query.
      statement.setMaxRows(limit);
      statement.setString(1, connectionName);
      statement.setString(2, targetType);
      Jdbc.setInstant(statement, 3, now);
      return readAll(statement);
    } catch (SQLException e) {
      throw new StoreAccessException(
          "Could not claim outbox rows of " + connectionName + " " + targetType, e);
    }
  }

  /**
   * Marks pushed rows DONE once the vendor accepted them. A row whose payload was replaced after it
   * was claimed stays PENDING: the vendor accepted the older payload, the newer one still has to
   * go.
   *
   * @param pushed the rows as claimed by {@link #claimBatch}
   * @return how many rows were marked done
   */
  public int markDone(Collection<OutboxRow> pushed) {
    String sql =
        "UPDATE outbox SET status = 'DONE', last_error = NULL"
            + " WHERE id = ? AND payload_version = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int done = 0;
      for (OutboxRow row : pushed) {
        statement.setLong(1, row.id());
        statement.setInt(2, row.payloadVersion());
        done += statement.executeUpdate();
      }
      return done;
    } catch (SQLException e) {
      throw new StoreAccessException("Could not mark " + pushed.size() + " outbox rows done", e);
    }
  }

  /**
   * Records a failed attempt; the row stays PENDING and is claimed again from {@code
   * nextAttemptAt}.
   */
  public void markFailed(long id, String error, Instant nextAttemptAt) {
    String sql =
        "UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?"
            + " WHERE id = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, error);
      Jdbc.setInstant(statement, 2, nextAttemptAt);
      statement.setLong(3, id);
      requireOneRow(statement.executeUpdate(), id);
    } catch (SQLException e) {
      throw new StoreAccessException("Could not mark outbox row " + id + " failed", e);
    }
  }

  /**
   * Defers a row without counting an attempt: the vendor asked to wait (a rate limit), the row
   * itself was not refused, so waiting must never bring it closer to the dead letters.
   */
  public void postpone(long id, Instant nextAttemptAt) {
    String sql = "UPDATE outbox SET next_attempt_at = ? WHERE id = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      Jdbc.setInstant(statement, 1, nextAttemptAt);
      statement.setLong(2, id);
      requireOneRow(statement.executeUpdate(), id);
    } catch (SQLException e) {
      throw new StoreAccessException("Could not postpone outbox row " + id, e);
    }
  }

  /**
   * Gives up on a pushed row: a dead letter keeps the payload that failed with the vendor's error,
   * and the row becomes DEAD — unless its payload was replaced after the claim, in which case the
   * newer payload has not been tried yet and the row stays PENDING.
   *
   * @param pushed the row as claimed by {@link #claimBatch}
   */
  public void deadLetter(OutboxRow pushed, String error) {
    String sql =
        "UPDATE outbox SET status = 'DEAD', attempts = attempts + 1, last_error = ?"
            + " WHERE id = ? AND payload_version = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, error);
      statement.setLong(2, pushed.id());
      statement.setInt(3, pushed.payloadVersion());
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new StoreAccessException("Could not dead-letter outbox row " + pushed.id(), e);
    }
    OutboxItem item = pushed.item();
    deadLetters.add(
        new DeadLetter(
            item.connection(),
            item.targetType(),
            item.targetKey(),
            item.payload(),
            error,
            clock.instant()));
  }

  /** The number of PENDING rows, for the outbox-depth metric. */
  public long depth() {
    try (PreparedStatement statement =
            connection.prepareStatement("SELECT COUNT(*) FROM outbox WHERE status = 'PENDING'");
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new StoreAccessException("Could not count pending outbox rows", e);
    }
  }

  /**
   * The number of rows per (connection, target type, status), with the oldest {@code created_at} of
   * each group; ordered by connection, target type, status.
   */
  public List<OutboxCount> counts() {
    String sql =
        "SELECT connection_name, target_type, status, COUNT(*) AS row_count,"
            + " MIN(created_at) AS oldest_created_at FROM outbox"
            + " GROUP BY connection_name, target_type, status"
            + " ORDER BY connection_name, target_type, status";
    List<OutboxCount> result = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        result.add(
            new OutboxCount(
                rows.getString("connection_name"),
                rows.getString("target_type"),
                OutboxStatus.valueOf(rows.getString("status")),
                rows.getLong("row_count"),
                Jdbc.getInstant(rows, "oldest_created_at")));
      }
    } catch (SQLException e) {
      throw new StoreAccessException("Could not count the outbox rows", e);
    }
    return result;
  }

  /**
   * Gives a dead-lettered write another go (an operator's retry): a DEAD row becomes PENDING, due
   * now, with its attempts reset, so the next push sends its payload again. A PENDING or DONE row
   * is left as it is: it was re-enqueued with a newer payload after it died, which is either still
   * to be pushed or already accepted.
   *
   * @return the row's status before the call; empty when the target has no outbox row
   */
  public Optional<OutboxStatus> requeue(
      String connectionName, String targetType, String targetKey) {
    Optional<OutboxRow> row = find(connectionName, targetType, targetKey);
    if (row.isEmpty() || row.get().status() != OutboxStatus.DEAD) {
      return row.map(OutboxRow::status);
    }
    String sql =
        "UPDATE outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?"
            + " WHERE id = ? AND status = 'DEAD'";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      Jdbc.setInstant(statement, 1, clock.instant());
      statement.setLong(2, row.get().id());
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new StoreAccessException("Could not re-queue outbox row " + row.get().id(), e);
    }
    return Optional.of(OutboxStatus.DEAD);
  }

  /** One row by id. */
  public Optional<OutboxRow> get(long id) {
    try (PreparedStatement statement = connection.prepareStatement(SELECT + " WHERE id = ?")) {
      statement.setLong(1, id);
      return readAll(statement).stream().findFirst();
    } catch (SQLException e) {
      throw new StoreAccessException("Could not read outbox row " + id, e);
    }
  }

  /** Every row, by id. */
  public List<OutboxRow> all() {
    try (PreparedStatement statement = connection.prepareStatement(SELECT + " ORDER BY id")) {
      return readAll(statement);
    } catch (SQLException e) {
      throw new StoreAccessException("Could not read the outbox", e);
    }
  }

  private Optional<OutboxRow> find(String connectionName, String targetType, String targetKey) {
    String sql = SELECT + " WHERE connection_name = ? AND target_type = ? AND target_key = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, connectionName);
      statement.setString(2, targetType);
      statement.setString(3, targetKey);
      return readAll(statement).stream().findFirst();
    } catch (SQLException e) {
      throw new StoreAccessException(
          "Could not look up the outbox row of "
              + connectionName
              + " "
              + targetType
              + " "
              + targetKey,
          e);
    }
  }

  private static List<OutboxRow> readAll(PreparedStatement statement) throws SQLException {
    List<OutboxRow> result = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        result.add(
            new OutboxRow(
                rows.getLong("id"),
                new OutboxItem(
                    rows.getString("connection_name"),
                    rows.getString("target_type"),
                    rows.getString("target_key"),
                    rows.getString("payload")),
                rows.getInt("payload_version"),
                Jdbc.getInstant(rows, "created_at"),
                rows.getInt("attempts"),
                Jdbc.getInstant(rows, "next_attempt_at"),
                OutboxStatus.valueOf(rows.getString("status")),
                rows.getString("last_error")));
      }
    }
    return result;
  }

  private static void requireOneRow(int updated, long id) {
    if (updated != 1) {
      throw new UnknownOutboxRowException(id);
    }
  }

  private static StoreAccessException failure(String action, OutboxItem item, SQLException e) {
    return new StoreAccessException(
        "Could not "
            + action
            + " the outbox row of "
            + item.connection()
            + " "
            + item.targetType()
            + " "
            + item.targetKey(),
        e);
  }
}
