package dev.refsync.core.store;

import com.zaxxer.hikari.HikariDataSource;
import dev.refsync.core.config.Secret;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A migrated store on a fresh database, with a clock the test moves by hand. */
final class StoreFixture implements AutoCloseable {
  static final Instant START = Instant.parse("2026-04-01T09:00:00Z");

  final HikariDataSource dataSource;
  final MutableClock clock = new MutableClock(START);
  final Store store;

  private StoreFixture(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    Migrations.migrate(dataSource);
    this.store = new Store(dataSource, clock);
  }

  /** A private in-memory H2 database. */
  static StoreFixture h2() {
    String url = "jdbc:h2:mem:store-" + UUID.randomUUID();
    return on(new StoreConfig(url, "sa", Secret.of(""), 2));
  }

  static StoreFixture on(StoreConfig config) {
    return new StoreFixture(DataSources.create(config));
  }

  /** Every row of a table, every column, ordered by the given columns. */
  List<List<Object>> rows(String table, String orderBy) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY " + orderBy)) {
      ResultSetMetaData meta = rs.getMetaData();
      List<List<Object>> rows = new ArrayList<>();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.add(rs.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
