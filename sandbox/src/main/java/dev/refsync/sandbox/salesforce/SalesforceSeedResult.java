package dev.refsync.sandbox.salesforce;

import java.util.List;

/** The 18-character ids {@link SalesforceEmulator#seed} created, per object, in creation order. */
public record SalesforceSeedResult(
    List<String> accountIds,
    List<String> contactIds,
    List<String> leadIds,
    List<String> opportunityIds,
    List<String> contactRoleIds) {

  public SalesforceSeedResult {
    accountIds = List.copyOf(accountIds);
    contactIds = List.copyOf(contactIds);
    leadIds = List.copyOf(leadIds);
    opportunityIds = List.copyOf(opportunityIds);
    contactRoleIds = List.copyOf(contactRoleIds);
  }
}
