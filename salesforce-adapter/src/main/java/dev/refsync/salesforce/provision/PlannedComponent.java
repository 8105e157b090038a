package dev.refsync.salesforce.provision;

/**
 * One component {@code refsync provision} would create; what {@code --dry-run} lists.
 *
 * @param type CustomObject or CustomField
 * @param fullName {@code Referral_Commission__c} or {@code Opportunity.Referral_Id__c}
 * @param definition a readable summary, e.g. {@code Text(80) external id, unique}
 * @param reason which mapping entry needs it, e.g. {@code writeBack.commission.amount}
 */
public record PlannedComponent(
    ComponentType type, String fullName, String definition, String reason) {
  @Override
  public String toString() {
    return type + " " + fullName + " " + definition + " (for " + reason + ")";
  }
}
