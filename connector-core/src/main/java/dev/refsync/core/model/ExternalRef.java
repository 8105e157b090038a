package dev.refsync.core.model;

import java.util.Objects;

/**
 * Where a canonical record lives in a vendor system, e.g. {@code (SALESFORCE, "001...")} or {@code
 * (STRIPE, "cus_...")}.
 *
 * @param system the system name: {@code SALESFORCE}, {@code HUBSPOT}, {@code STRIPE} or {@code
 *     FILE} for offline imports
 * @param id the record's id in that system
 */
public record ExternalRef(String system, String id) {
  public static final String SALESFORCE = "SALESFORCE";
  public static final String HUBSPOT = "HUBSPOT";
  public static final String STRIPE = "STRIPE";
  public static final String FILE = "FILE";

  public ExternalRef {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(id, "id");
  }
}
