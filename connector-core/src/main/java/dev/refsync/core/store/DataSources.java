package dev.refsync.core.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.refsync.core.config.InvalidConfigException;

/** Builds the pooled {@link javax.sql.DataSource} of the state store. */
public final class DataSources {
  private DataSources() {}

  /**
   * A Hikari pool for {@code config}; the caller closes it on shutdown.
   *
   * @throws InvalidConfigException listing every problem of an invalid config
   */
  public static HikariDataSource create(StoreConfig config) {
    InvalidConfigException.throwIfAny(config.validate());
    HikariConfig hikari = new HikariConfig();
    hikari.setPoolName("refsync-store");
    hikari.setJdbcUrl(config.jdbcUrl());
    hikari.setUsername(config.username());
    hikari.setPassword(config.password().reveal());
    hikari.setMaximumPoolSize(config.maxPoolSize());
    // Every write goes through Store.inTransaction, which turns auto-commit off for its span.
    hikari.setAutoCommit(true);
    return new HikariDataSource(hikari);
  }
}
