package dev.refsync.salesforce.error;

import java.util.List;

/**
 * One entry of Salesforce's error array {@code [{"message","errorCode","fields"}]}, or of a
 * collection result's {@code errors} (where the code is named {@code statusCode}).
 */
public record SalesforceError(String errorCode, String message, List<String> fields) {
  public SalesforceError {
    fields = fields == null ? List.of() : List.copyOf(fields);
  }

  @Override
  public String toString() {
    return errorCode + ": " + message + (fields.isEmpty() ? "" : " " + fields);
  }
}
