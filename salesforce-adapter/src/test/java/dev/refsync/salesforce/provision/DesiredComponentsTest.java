package dev.refsync.salesforce.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.sforce.soap.metadata.CustomField;
import com.sforce.soap.metadata.FieldType;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.spec.SystemName;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesiredComponentsTest {
  private final List<DesiredComponent> desired =
      DesiredComponents.of(DefaultMappings.load(SystemName.SALESFORCE));

  @Test
  void theCommissionObjectComesBeforeEveryField() {
    assertThat(desired.get(0).planned())
        .extracting(PlannedComponent::type, PlannedComponent::fullName)
        .containsExactly(ComponentType.CustomObject, "Referral_Commission__c");
    assertThat(desired.subList(1, desired.size()))
        .allSatisfy(c -> assertThat(c.planned().type()).isEqualTo(ComponentType.CustomField));
  }

  @Test
  void everyCustomFieldTheDefaultMappingWritesIsWanted() {
    assertThat(desired.stream().map(c -> c.planned().fullName()))
        .containsExactly(
            "Referral_Commission__c",
            "Opportunity.Referral_Id__c",
            "Opportunity.Referral_Partner__c",
            "Opportunity.Referral_Source__c",
            "Opportunity.Referral_Date__c",
            "Opportunity.Referral_Attribution__c",
            "Referral_Commission__c.Refsync_Id__c",
            "Referral_Commission__c.Opportunity__c",
            "Referral_Commission__c.Referrer_Id__c",
            "Referral_Commission__c.Referral_Id__c",
            "Referral_Commission__c.Plan_Id__c",
            "Referral_Commission__c.Kind__c",
            "Referral_Commission__c.Amount__c",
            "Referral_Commission__c.Currency__c",
            "Referral_Commission__c.Earned_At__c",
            "Referral_Commission__c.Payable_At__c",
            "Referral_Commission__c.Status__c",
            "Referral_Commission__c.Explanation__c");
  }

  @Test
  void fieldTypesFollowTheWrittenValues() {
    assertThat(desired.stream().map(DesiredComponent::planned))
        .extracting(PlannedComponent::fullName, PlannedComponent::definition)
        .contains(
            tuple("Referral_Commission__c.Refsync_Id__c", "Text(80) external id, unique"),
            tuple("Referral_Commission__c.Opportunity__c", "Lookup(Opportunity)"),
            tuple("Referral_Commission__c.Amount__c", "Number(18,4)"),
            tuple("Referral_Commission__c.Earned_At__c", "DateTime"),
            tuple("Referral_Commission__c.Kind__c", "Text(255)"),
            tuple("Opportunity.Referral_Date__c", "DateTime"));
  }

  @Test
  void theExternalIdAndLookupAreBuiltForWsc() {
    CustomField refsyncId = field("Referral_Commission__c.Refsync_Id__c");
    CustomField opportunity = field("Referral_Commission__c.Opportunity__c");

    assertThat(refsyncId.getExternalId()).isTrue();
    assertThat(refsyncId.getUnique()).isTrue();
    assertThat(refsyncId.getType()).isEqualTo(FieldType.Text);
    assertThat(opportunity.getType()).isEqualTo(FieldType.Lookup);
    assertThat(opportunity.getReferenceTo()).isEqualTo("Opportunity");
    assertThat(opportunity.getRelationshipName()).isEqualTo("Opportunity");
    assertThat(opportunity.getLabel()).isEqualTo("Opportunity");
  }

  @Test
  void labelsAreTheApiNameInWords() {
    assertThat(DesiredComponents.label("Referral_Commission__c")).isEqualTo("Referral Commission");
    assertThat(DesiredComponents.label("Earned_At__c")).isEqualTo("Earned At");
  }

  private CustomField field(String fullName) {
    return (CustomField)
        desired.stream()
            .filter(c -> c.planned().fullName().equals(fullName))
            .findFirst()
            .orElseThrow()
            .metadata();
  }
}
