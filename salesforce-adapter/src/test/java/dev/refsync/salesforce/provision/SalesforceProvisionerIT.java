package dev.refsync.salesforce.provision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.salesforce.rest.FieldDescription;
import dev.refsync.salesforce.rest.SObjectDescription;
import dev.refsync.salesforce.support.EmulatedOrg;
import dev.refsync.sandbox.salesforce.CustomFieldSpec;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SalesforceProvisionerIT {
  /** 1 CustomObject name and 17 CustomField names, read 10 at a time: 1 + 2 calls. */
  private static final long READ_CALLS = 3;

  private final EmulatedOrg org = new EmulatedOrg();
  private final SalesforceProvisioner provisioner =
      new SalesforceProvisioner(org.metadata, DefaultMappings.load(SystemName.SALESFORCE));

  @AfterEach
  void stop() {
    org.close();
  }

  @Test
  void theFirstRunCreatesEverythingTheMappingWrites() {
    List<PlannedComponent> plan = provisioner.plan();
    assertThat(plan).hasSize(18);
    assertThat(org.count("metadata.soap")).isEqualTo(READ_CALLS);

    List<ProvisionResult> results = provisioner.apply();

    assertThat(results).hasSize(18).allSatisfy(r -> assertThat(r.errors()).isEmpty());
    assertThat(results).allMatch(ProvisionResult::success);
    assertThat(results.stream().map(ProvisionResult::component)).containsExactlyElementsOf(plan);
    // reads again, then 1 object call and 17 fields in calls of 10, 7.
    assertThat(org.count("metadata.soap")).isEqualTo(2 * READ_CALLS + 3);
    SObjectDescription commission = org.rest.describe("Referral_Commission__c");
    assertThat(commission.custom()).isTrue();
    FieldDescription key = commission.field("Refsync_Id__c").orElseThrow();
    assertThat(key.externalId()).isTrue();
    assertThat(key.unique()).isTrue();
    assertThat(commission.field("Opportunity__c").orElseThrow().referenceTo())
        .containsExactly("Opportunity");
    assertThat(commission.field("Amount__c").orElseThrow().scale()).isEqualTo(4);
    assertThat(org.rest.describe("Opportunity").field("Referral_Date__c").orElseThrow().type())
        .isEqualTo("datetime");
  }

  @Test
  void theSecondRunCreatesNothing() {
    provisioner.apply();
    long before = org.count("metadata.soap");
    String state = org.sf.stateDump();

    assertThat(provisioner.plan()).isEmpty();
    assertThat(provisioner.apply()).isEmpty();

    // Two plans' worth of readMetadata and not one createMetadata call.
    assertThat(org.count("metadata.soap") - before).isEqualTo(2 * READ_CALLS);
    assertThat(org.sf.stateDump()).isEqualTo(state);
  }

  @Test
  void aFieldThatExistsIsLeftAsTheAdminMadeIt() {
    org.sf.defineCustomField(
        CustomFieldSpec.text("Opportunity.Referral_Partner__c", "Partner (sales ops)", 40));

    List<PlannedComponent> plan = provisioner.plan();
    List<ProvisionResult> results = provisioner.apply();

    assertThat(plan)
        .hasSize(17)
        .noneMatch(c -> c.fullName().equals("Opportunity.Referral_Partner__c"));
    assertThat(results).hasSize(17).allMatch(ProvisionResult::success);
    FieldDescription kept =
        org.rest.describe("Opportunity").field("Referral_Partner__c").orElseThrow();
    assertThat(kept.length()).isEqualTo(40);
  }

  @Test
  void serverErrorsOfTheMetadataApiAreRetried() {
    org.sf.faults().failNext(2, 503, "metadata.soap");

    assertThat(provisioner.plan()).hasSize(18);
    assertThat(org.count("metadata.soap")).isEqualTo(READ_CALLS + 2);
  }

  @Test
  void anExpiredSessionIsReMintedOnceForTheMetadataApi() {
    org.auth.session();
    org.sf.expireAllSessions();

    assertThat(provisioner.plan()).hasSize(18);
    assertThat(org.count("oauth.token")).isEqualTo(2);
  }
}
