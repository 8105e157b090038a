package dev.refsync.salesforce.rest;

import java.util.List;

/**
 * One field of a describe result, as far as Refsync needs it (write-back lengths, provisioning).
 */
public record FieldDescription(
    String name,
    String type,
    int length,
    int precision,
    int scale,
    boolean custom,
    boolean externalId,
    boolean unique,
    boolean createable,
    boolean updateable,
    List<String> referenceTo) {
  public FieldDescription {
    referenceTo = List.copyOf(referenceTo);
  }
}
