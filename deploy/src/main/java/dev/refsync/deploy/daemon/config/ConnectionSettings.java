package dev.refsync.deploy.daemon.config;

import dev.refsync.mappings.spec.MappingSpec;
import java.util.Objects;

/**
 * One connection declared under {@code refsync.connections}.
 *
 * @param name its key, e.g. {@code hubspot-main}; names cursors, outbox rows and routes
 * @param type which vendor
 * @param config the adapter's config record (HubSpotConfig, SalesforceConfig or StripeConfig)
 * @param mapping the field mapping it reads and writes through
 * @param schedules when its routes run
 */
public record ConnectionSettings(
    String name, ConnectionType type, Record config, MappingSpec mapping, Schedules schedules) {
  public ConnectionSettings {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(schedules, "schedules");
  }

  /** The adapter's config record, typed. */
  public <C extends Record> C config(Class<C> type) {
    return type.cast(config);
  }
}
