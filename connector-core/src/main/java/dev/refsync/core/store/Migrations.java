package dev.refsync.core.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the schema up to date with the Flyway migrations in {@code db/migration}. */
public final class Migrations {
  /** The one location: its SQL runs unchanged on H2 2.x and PostgreSQL 17. */
  public static final String LOCATION = "classpath:db/migration";

  private Migrations() {}

  /** Applies every pending migration; returns how many were applied. */
  public static int migrate(DataSource dataSource) {
    MigrateResult result =
        Flyway.configure()
            .dataSource(dataSource)
            .locations(LOCATION)
            .failOnMissingLocations(true)
            .load()
            .migrate();
    return result.migrationsExecuted;
  }
}
