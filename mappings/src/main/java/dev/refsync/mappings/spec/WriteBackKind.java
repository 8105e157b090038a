package dev.refsync.mappings.spec;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What Refsync writes into a vendor (DESIGN 8). */
public enum WriteBackKind {
  /** Referral fields on the Salesforce Opportunity / HubSpot deal. */
  DEAL,
  /** The commission custom object, one record per ledger entry. */
  COMMISSION,
  /** Stripe customer metadata. */
  CUSTOMER;

  /** The key under {@code writeBack:} in a mapping file. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<WriteBackKind> fromYamlName(String name) {
    return Arrays.stream(values()).filter(k -> k.yamlName().equals(name)).findFirst();
  }
}
