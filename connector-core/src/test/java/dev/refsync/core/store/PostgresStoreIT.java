package dev.refsync.core.store;

import dev.refsync.core.config.Secret;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every store scenario against a real PostgreSQL 17 (embedded, zonky binaries), each on its own
 * fresh database, so the migrations and queries are proven on both supported databases.
 */
class PostgresStoreIT {
  private static EmbeddedPostgres postgres;
  private static final AtomicInteger databases = new AtomicInteger();

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  @TestFactory
  Stream<DynamicTest> scenarios() {
    return StoreScenarios.all().entrySet().stream()
        .map(
            scenario ->
                DynamicTest.dynamicTest(
                    scenario.getKey(),
                    () -> {
                      try (StoreFixture fixture = freshDatabase()) {
                        scenario.getValue().accept(fixture);
                      }
                    }));
  }

  private static StoreFixture freshDatabase() throws SQLException {
    String name = "store_" + databases.incrementAndGet();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return StoreFixture.on(
        new StoreConfig(postgres.getJdbcUrl("postgres", name), "postgres", Secret.of(""), 2));
  }
}
