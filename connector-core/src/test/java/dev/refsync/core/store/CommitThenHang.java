package dev.refsync.core.store;

import dev.refsync.core.config.Secret;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

/**
 * The child process of {@link H2FileStoreKillIT}: commits one cursor advance through {@link Store},
 * says so on stdout, then blocks until its parent kills it.
 */
public final class CommitThenHang {
  private CommitThenHang() {}

  /**
   * @param args the H2 file URL and the second the cursor advances to
   */
  public static void main(String[] args) throws IOException {
    var dataSource = DataSources.create(new StoreConfig(args[0], "sa", Secret.of(""), 2));
    Migrations.migrate(dataSource);
    Cursor cursor = new Cursor(Instant.ofEpochSecond(Long.parseLong(args[1])), "id");
    new Store(dataSource, Clock.systemUTC())
        .inTransaction(tx -> tx.cursors().advance("crm", "Deal", cursor));
    System.out.println("committed " + args[1]);
    System.out.flush();
    // Blocks on the parent's pipe, which stays open until the parent has killed this process.
    System.in.read();
  }
}
