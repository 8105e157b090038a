package dev.refsync.mappings.spec;

import dev.refsync.core.model.ExternalRef;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The vendor systems a mapping file can describe, with the facts the mapper needs about each
 * vendor's JSON (VENDOR-FACTS): where the record id lives and whether field values travel as text.
 */
public enum SystemName {
  /** REST records carry {@code Id} and typed JSON values (numbers stay numbers). */
  SALESFORCE("salesforce", "Id", false, ExternalRef.SALESFORCE),
  /** CRM v3 objects carry {@code id}; every property value is a string. */
  HUBSPOT("hubspot", "id", true, ExternalRef.HUBSPOT),
  /** Objects carry {@code id}; metadata values are strings. */
  STRIPE("stripe", "id", true, ExternalRef.STRIPE);

  private final String yamlName;
  private final String idPath;
  private final boolean textValues;
  private final String refSystem;

  SystemName(String yamlName, String idPath, boolean textValues, String refSystem) {
    this.yamlName = yamlName;
    this.idPath = idPath;
    this.textValues = textValues;
    this.refSystem = refSystem;
  }

  /** The name used in mapping files and on the command line. */
  public String yamlName() {
    return yamlName;
  }

  /** Path of the vendor record id. */
  public String idPath() {
    return idPath;
  }

  /** True when the vendor expects every written field value as a string. */
  public boolean textValues() {
    return textValues;
  }

  /** The {@link ExternalRef#system()} of references to this system's records. */
  public String refSystem() {
    return refSystem;
  }

  public static Optional<SystemName> fromYamlName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(s -> s.yamlName.equals(wanted)).findFirst();
  }
}
