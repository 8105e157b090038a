package dev.refsync.deploy.daemon;

import dev.refsync.deploy.daemon.config.ConnectionSettings;
import java.time.Clock;

/** Builds a connection's adapter from its settings. */
@FunctionalInterface
public interface ConnectionFactory {
  /**
   * @param ingest where the connection's webhook deliveries go
   */
  ConnectionRuntime create(ConnectionSettings settings, Clock clock, Ingest ingest);
}
