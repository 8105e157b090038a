package dev.refsync.deploy.daemon.config;

import dev.refsync.core.plans.PlansConfig;
import dev.refsync.core.store.StoreConfig;
import dev.refsync.core.sync.PushPolicy;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything {@code refsync.yaml} configures, validated as a whole by {@link SettingsLoader}.
 *
 * @param plansFile where the plans were read from
 * @param plans the attribution rules and commission plans
 * @param store the state store
 * @param push how refused writes are retried
 * @param schedules the default schedules of every connection
 * @param connections the declared connections, in file order
 */
public record DaemonSettings(
    Path plansFile,
    PlansConfig plans,
    StoreConfig store,
    PushPolicy push,
    Schedules schedules,
    List<ConnectionSettings> connections) {
  public DaemonSettings {
    connections = List.copyOf(connections);
  }
}
