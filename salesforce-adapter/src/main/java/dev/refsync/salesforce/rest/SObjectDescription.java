package dev.refsync.salesforce.rest;

import java.util.List;
import java.util.Optional;

/** {@code GET /sobjects/{type}/describe}: the object and its fields. */
public record SObjectDescription(
    String name, String label, boolean custom, List<FieldDescription> fields) {
  public SObjectDescription {
    fields = List.copyOf(fields);
  }

  /** A field by API name, case-insensitively as Salesforce matches names. */
  public Optional<FieldDescription> field(String name) {
    return fields.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
  }
}
