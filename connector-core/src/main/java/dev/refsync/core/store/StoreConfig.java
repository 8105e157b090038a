package dev.refsync.core.store;

import dev.refsync.core.config.ConfigChecks;
import dev.refsync.core.config.ConfigProblem;
import dev.refsync.core.config.Doc;
import dev.refsync.core.config.Secret;
import java.util.List;

/**
 * Where the state store lives (DESIGN 9): an embedded H2 file by default, PostgreSQL in production.
 *
 * @param jdbcUrl JDBC URL of the database, e.g. {@code jdbc:postgresql://db:5432/refsync}; the
 *     default is an H2 file under {@code ./refsync-data}
 * @param username database user; may be empty for the embedded H2 default
 * @param password database password; masked in {@code toString} and logs
 * @param maxPoolSize maximum number of pooled JDBC connections, at least 1
 */
public record StoreConfig(
    @Doc(
            "JDBC URL of the state store: jdbc:h2:file:... (default, embedded) or"
                + " jdbc:postgresql://host:5432/db. Keep the password out of it: use password.")
        String jdbcUrl,
    @Doc("Database user; 'sa' for the embedded H2 file.") String username,
    @Doc("Database password, a secret: masked in toString, logs and errors.") Secret password,
    @Doc("Maximum number of pooled JDBC connections, at least 1; default 5.") int maxPoolSize) {
  /**
   * The embedded H2 file. {@code AUTO_SERVER=FALSE}: only this process opens the file (the daemon
   * is the single writer). No {@code MODE=PostgreSQL}: the migrations and queries use only SQL that
   * H2's regular mode and PostgreSQL both accept, so a compatibility mode would only hide
   * differences.
   */
  public static final String DEFAULT_JDBC_URL =
      "jdbc:h2:file:./refsync-data/refsync;AUTO_SERVER=FALSE";

  public static final int DEFAULT_MAX_POOL_SIZE = 5;

  /** A missing user or password means none; validity is checked by {@link #validate()}. */
  public StoreConfig {
    username = username == null ? "" : username;
    password = password == null ? Secret.of("") : password;
  }

  /**
   * Every problem of this configuration at once, keys prefixed {@code store.}; empty when valid.
   * {@link DataSources#create(StoreConfig)} refuses a config that has any.
   */
  public List<ConfigProblem> validate() {
    ConfigChecks checks = new ConfigChecks("store");
    if (checks.requireText("jdbcUrl", jdbcUrl, "set it to a jdbc:h2: or jdbc:postgresql: URL")) {
      checks.check(
          jdbcUrl.startsWith("jdbc:"),
          "jdbcUrl",
          "'" + redactedUrl() + "' does not start with 'jdbc:'",
          "use a JDBC URL such as " + DEFAULT_JDBC_URL);
    }
    checks.requireAtLeast("maxPoolSize", maxPoolSize, 1, "use at least 1, e.g. 5");
    return checks.problems();
  }

  /**
   * The URL with any inline credential masked ({@code password=...} parameters and {@code
   * user:password@} user info), for messages and {@code toString}: a JDBC URL may carry the
   * password even though {@link #password()} is the place for it.
   */
  public String redactedUrl() {
    if (jdbcUrl == null) {
      return null;
    }
    return jdbcUrl
        .replaceAll("(?i)(password=)[^&;]*", "$1****")
        .replaceAll("(//[^/@:;?]*:)[^/@]*@", "$1****@");
  }

  @Override
  public String toString() {
    return "StoreConfig[jdbcUrl="
        + redactedUrl()
        + ", username="
        + username
        + ", password="
        + password
        + ", maxPoolSize="
        + maxPoolSize
        + "]";
  }

  /** The embedded H2 file store with user {@code sa} and no password. */
  public static StoreConfig defaults() {
    return new StoreConfig(DEFAULT_JDBC_URL, "sa", Secret.of(""), DEFAULT_MAX_POOL_SIZE);
  }
}
