package dev.refsync.deploy.daemon.config;

import dev.refsync.mappings.spec.SystemName;
import java.util.Locale;

/** The kinds of connection {@code refsync.yaml} can declare. */
public enum ConnectionType {
  SALESFORCE(SystemName.SALESFORCE),
  HUBSPOT(SystemName.HUBSPOT),
  STRIPE(SystemName.STRIPE);

  private final SystemName system;

  ConnectionType(SystemName system) {
    this.system = system;
  }

  public SystemName system() {
    return system;
  }

  /** The value written in {@code type:}. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
