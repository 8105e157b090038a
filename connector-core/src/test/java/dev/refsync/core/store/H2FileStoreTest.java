package dev.refsync.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.refsync.core.config.Secret;
import dev.refsync.core.model.CommissionEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default deployment: an H2 file that keeps the state across a restart of the process. */
class H2FileStoreTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void stateSurvivesClosingAndReopeningTheFile(@TempDir Path dir) {
    StoreConfig config =
        new StoreConfig(
            "jdbc:h2:file:" + dir.resolve("refsync") + ";AUTO_SERVER=FALSE",
            "sa",
            Secret.of(""),
            2);
    CommissionEntry entry = Entries.accrual("e1", "d1", "1200.00");
    Cursor cursor = new Cursor(Instant.parse("2026-03-31T23:59:59Z"), "006A");

    try (HikariDataSource first = DataSources.create(config)) {
      assertThat(Migrations.migrate(first)).isEqualTo(4);
      new Store(first, CLOCK)
          .inTransaction(
              tx -> {
                tx.ledger().append(List.of(entry));
                return tx.cursors().advance("sf", "Opportunity", cursor);
              });
    }

    try (HikariDataSource second = DataSources.create(config)) {
      assertThat(second.getMaximumPoolSize()).isEqualTo(2);
      assertThat(Migrations.migrate(second)).isZero();
      Store store = new Store(second, CLOCK);
      List<CommissionEntry> entries = store.inTransaction(tx -> tx.ledger().entries());
      assertThat(entries).containsExactly(entry);
      Cursor stored =
          store.inTransaction(tx -> tx.cursors().get("sf", "Opportunity").orElseThrow());
      assertThat(stored).isEqualTo(cursor);
    }
  }
}
