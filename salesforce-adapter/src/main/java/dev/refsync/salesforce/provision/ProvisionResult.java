package dev.refsync.salesforce.provision;

import java.util.List;

/**
 * What {@code createMetadata} answered for one component.
 *
 * @param errors Salesforce's {@code statusCode: message} lines; empty on success
 */
public record ProvisionResult(PlannedComponent component, boolean success, List<String> errors) {
  public ProvisionResult {
    errors = List.copyOf(errors);
  }
}
