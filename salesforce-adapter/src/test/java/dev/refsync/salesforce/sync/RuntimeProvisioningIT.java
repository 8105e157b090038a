package dev.refsync.salesforce.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.salesforce.provision.PlannedComponent;
import dev.refsync.salesforce.provision.ProvisionResult;
import dev.refsync.sandbox.salesforce.SalesforceEndpoints;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Provisioning through the runtime as {@code refsync provision} uses it: the dry run lists what the
 * mapping's write-back needs and creates nothing; apply creates it; the next dry run is empty.
 */
class RuntimeProvisioningIT {
  private final SyncedOrg synced = new SyncedOrg();

  @AfterEach
  void stop() {
    synced.close();
  }

  @Test
  void theDryRunListsWhatApplyCreatesAndNothingAfterwards() {
    List<PlannedComponent> plan = synced.runtime.provisionPlan();

    assertThat(plan)
        .extracting(PlannedComponent::fullName)
        .contains(
            "Referral_Commission__c",
            "Referral_Commission__c.Refsync_Id__c",
            "Referral_Commission__c.Opportunity__c",
            "Opportunity.Referral_Id__c");
    assertThat(synced.org.sf.stateDump()).doesNotContain("Referral_Commission__c");

    List<ProvisionResult> applied = synced.runtime.provisionApply();

    assertThat(applied).hasSize(plan.size()).allMatch(ProvisionResult::success);
    Map<String, Long> before = synced.counts();
    assertThat(synced.runtime.provisionPlan()).isEmpty();
    assertThat(SyncedOrg.diff(before, synced.counts(), SalesforceEndpoints.METADATA)).isPositive();
  }
}
