package dev.refsync.salesforce.config;

import java.util.List;

/** The Salesforce configuration has problems; every one is listed so they can be fixed at once. */
public class InvalidSalesforceConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> problems;

  public InvalidSalesforceConfigException(List<String> problems) {
    super(
        "Salesforce configuration has "
            + problems.size()
            + " problem(s):\n  - "
            + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
