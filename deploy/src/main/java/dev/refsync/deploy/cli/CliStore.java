package dev.refsync.deploy.cli;

import com.zaxxer.hikari.HikariDataSource;
import dev.refsync.core.config.InvalidConfigException;
import dev.refsync.core.store.DataSources;
import dev.refsync.core.store.Migrations;
import dev.refsync.core.store.Store;
import dev.refsync.core.store.StoreAccessException;
import dev.refsync.core.store.StoreConfig;
import dev.refsync.deploy.daemon.config.SettingsLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;
import picocli.CommandLine;

/**
 * The state store of a deployment, opened by the operator commands ({@code status}, {@code
 * explain}, {@code dead-letters}) from the daemon's own {@code refsync.yaml}. Only the store
 * section is read and validated, so the commands work on a store whose connections cannot be
 * reached from where they run. Environment variables override the file as they do for the daemon
 * (Spring Boot's relaxed binding: {@code REFSYNC_STORE_PASSWORD}), and {@code ${...}} placeholders
 * resolve.
 */
final class CliStore implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final Store store;

  private CliStore(HikariDataSource dataSource, Store store) {
    this.dataSource = dataSource;
    this.store = store;
  }

  /**
   * Opens and migrates the store the config file names.
   *
   * @throws CommandFailure exit 2 when the file is missing or its store section invalid, exit 1
   *     when the database cannot be opened
   */
  static CliStore open(Path configFile, Clock clock) {
    StoreConfig config = storeConfig(configFile);
    HikariDataSource dataSource;
    try {
      dataSource = DataSources.create(config);
    } catch (RuntimeException e) {
      throw unavailable(config, e);
    }
    try {
      Migrations.migrate(dataSource);
      return new CliStore(dataSource, new Store(dataSource, clock));
    } catch (RuntimeException e) {
      dataSource.close();
      throw unavailable(config, e);
    }
  }

  /** The store section of {@code configFile}, validated as the daemon validates it. */
  static StoreConfig storeConfig(Path configFile) {
    if (!Files.isRegularFile(configFile)) {
      throw new CommandFailure(
          CommandLine.ExitCode.USAGE,
          configFile
              + ": no such config file; give --config FILE or set REFSYNC_CONFIG to the daemon's"
              + " refsync.yaml");
    }
    StandardEnvironment environment = new StandardEnvironment();
    MutablePropertySources sources = environment.getPropertySources();
    try {
      // After the system properties and environment variables, so that those win, as in the
      // daemon where refsync.yaml is Spring Boot's config file.
      List<PropertySource<?>> yaml =
          new YamlPropertySourceLoader()
              .load(configFile.toString(), new FileSystemResource(configFile));
      yaml.forEach(sources::addLast);
    } catch (IOException | RuntimeException e) {
      throw new CommandFailure(
          CommandLine.ExitCode.USAGE, configFile + ": cannot read the YAML: " + e.getMessage());
    }
    sources.addFirst(
        new MapPropertySource(
            "refsync-command-line",
            Map.of(SettingsLoader.CONFIG_FILE_PROPERTY, configFile.toAbsolutePath().toString())));
    try {
      return SettingsLoader.loadStore(environment);
    } catch (InvalidConfigException e) {
      throw new CommandFailure(CommandLine.ExitCode.USAGE, configFile + ": " + e.getMessage());
    }
  }

  Store store() {
    return store;
  }

  @Override
  public void close() {
    dataSource.close();
  }

  private static CommandFailure unavailable(StoreConfig config, RuntimeException e) {
    StringBuilder message = new StringBuilder("Cannot open the state store: ");
    message.append(e.getMessage());
    if (e instanceof StoreAccessException && e.getCause() != null) {
      message.append(": ").append(e.getCause().getMessage());
    }
    if (config.jdbcUrl().startsWith("jdbc:h2:file:")) {
      // H2 locks its file for the one process that opened it (h2database.com, "Database File
      // Locking"), so these commands cannot share a running daemon's embedded store.
      message.append(
          "\n(an embedded H2 file is locked while the daemon runs: stop it, or run the daemon"
              + " on PostgreSQL or with AUTO_SERVER=TRUE in the H2 URL)");
    }
    return new CommandFailure(CommandLine.ExitCode.SOFTWARE, message.toString());
  }
}
