package dev.refsync.salesforce.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.refsync.mappings.spec.MappingSpec;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.salesforce.SalesforceConnection;
import dev.refsync.salesforce.config.SalesforceConfig;
import dev.refsync.salesforce.error.SalesforceErrorClassifier;
import dev.refsync.salesforce.provision.PlannedComponent;
import dev.refsync.salesforce.provision.ProvisionResult;
import dev.refsync.salesforce.provision.SalesforceProvisioner;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the daemon wires for one Salesforce connection of {@code refsync.yaml}: the source,
 * the pusher and the write-back planner over one authenticated client, and provisioning.
 *
 * <p>There is no webhook entry point: Salesforce delivers changes as Change Data Capture events
 * over the Pub/Sub API (gRPC), not as HTTP callbacks, and the incremental pull already bounds the
 * delay by the poll interval (see the module README).
 */
public final class SalesforceRuntime implements AutoCloseable {
  private final SalesforceConnection connection;
  private final SalesforceSource source;
  private final SalesforcePusher pusher;
  private final SalesforceWriteBackPlanner planner;
  private final SalesforceProvisioner provisioner;

  private SalesforceRuntime(
      String connectionName, SalesforceConfig config, MappingSpec mapping, Clock clock) {
    Objects.requireNonNull(connectionName, "connectionName");
    if (mapping.system() != SystemName.SALESFORCE) {
      throw new IllegalArgumentException(
          "connection "
              + connectionName
              + " is a Salesforce connection but its mapping is for "
              + mapping.system().yamlName()
              + ": point it at a salesforce mapping file");
    }
    ObjectMapper json = new ObjectMapper();
    this.connection = SalesforceConnection.open(config, clock, json);
    this.source =
        new SalesforceSource(
            connectionName,
            connection.rest(),
            mapping,
            config.queryBatchSize(),
            config.bulkBackfillThreshold(),
            clock);
    this.pusher =
        new SalesforcePusher(
            connectionName,
            connection.rest(),
            new SalesforceErrorClassifier(),
            json,
            WriteTargets.of(mapping));
    this.planner = new SalesforceWriteBackPlanner(connectionName, mapping);
    this.provisioner = connection.provisioner(mapping);
  }

  /**
   * Validates the config (every problem at once, {@code InvalidConfigException}) and wires the
   * connection; no call is made before the first pull, push or provisioning.
   */
  public static SalesforceRuntime create(
      String connectionName, SalesforceConfig config, MappingSpec mapping, Clock clock) {
    return new SalesforceRuntime(connectionName, config, mapping, clock);
  }

  public SalesforceSource source() {
    return source;
  }

  public SalesforcePusher pusher() {
    return pusher;
  }

  public SalesforceWriteBackPlanner planner() {
    return planner;
  }

  /** {@code refsync provision --dry-run}: the custom objects and fields that would be created. */
  public List<PlannedComponent> provisionPlan() {
    return provisioner.plan();
  }

  /** {@code refsync provision}: creates what is missing, changes nothing that exists. */
  public List<ProvisionResult> provisionApply() {
    return provisioner.apply();
  }

  /** HTTP requests sent so far per operation, e.g. {@code queryAll}, for metrics. */
  public Map<String, Long> requestCounts() {
    return connection.rest().requestCounts();
  }

  /**
   * Nothing to release: the JDK HTTP client of Java 17 has no close and frees its connections when
   * unreachable; present so the daemon closes every runtime the same way.
   */
  @Override
  public void close() {}
}
