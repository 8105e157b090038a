package dev.refsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sforce.soap.metadata.CustomField;
import com.sforce.soap.metadata.CustomObject;
import com.sforce.soap.metadata.DeploymentStatus;
import com.sforce.soap.metadata.FieldType;
import com.sforce.soap.metadata.Metadata;
import com.sforce.soap.metadata.MetadataConnection;
import com.sforce.soap.metadata.SaveResult;
import com.sforce.soap.metadata.SharingModel;
import com.sforce.soap.metadata.StatusCode;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real Force.com WSC client (what `refsync provision` uses, DESIGN §8) against the emulator.
 */
class SalesforceMetadataWscIT {

  private SalesforceFixture f;

  @BeforeEach
  void start() {
    f = new SalesforceFixture();
  }

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void createMetadataThenReadMetadataRoundTripThroughWsc() throws ConnectionException {
    MetadataConnection connection = connection(f.sf.issueSession());

    SaveResult[] created = connection.createMetadata(new Metadata[] {commissionObject()});
    SaveResult[] fields =
        connection.createMetadata(new Metadata[] {refsyncId(), opportunityReferralId()});

    assertThat(created).hasSize(1);
    assertThat(created[0].isSuccess()).isTrue();
    assertThat(created[0].getFullName()).isEqualTo("Referral_Commission__c");
    assertThat(fields).extracting(SaveResult::isSuccess).containsExactly(true, true);

    Metadata[] objects =
        connection
            .readMetadata("CustomObject", new String[] {"Referral_Commission__c", "Missing__c"})
            .getRecords();
    CustomObject object = (CustomObject) objects[0];
    assertThat(object.getFullName()).isEqualTo("Referral_Commission__c");
    assertThat(object.getLabel()).isEqualTo("Referral Commission");
    assertThat(object.getSharingModel()).isEqualTo(SharingModel.ReadWrite);
    assertThat(object.getNameField().getType()).isEqualTo(FieldType.Text);
    assertThat(object.getFields())
        .extracting(CustomField::getFullName)
        .containsExactly("Refsync_Id__c");
    assertThat(objects[1].getFullName()).isNull();

    CustomField field =
        (CustomField)
            connection.readMetadata(
                    "CustomField", new String[] {"Referral_Commission__c.Refsync_Id__c"})
                .getRecords()[0];
    assertThat(field.getExternalId()).isTrue();
    assertThat(field.getUnique()).isTrue();
    assertThat(field.getLength()).isEqualTo(64);
    assertThat(f.api.query("SELECT Refsync_Id__c FROM Referral_Commission__c").status())
        .isEqualTo(200);
  }

  @Test
  void aDuplicateComesBackAsAnErrorWscCanParse() throws ConnectionException {
    MetadataConnection connection = connection(f.sf.issueSession());
    connection.createMetadata(new Metadata[] {commissionObject()});

    SaveResult again = connection.createMetadata(new Metadata[] {commissionObject()})[0];

    assertThat(again.isSuccess()).isFalse();
    assertThat(again.getErrors()[0].getStatusCode()).isEqualTo(StatusCode.DUPLICATE_DEVELOPER_NAME);
  }

  @Test
  void anExpiredSessionIsAFaultWscRaises() {
    MetadataConnection connection = connection("00D!expired");

    assertThatThrownBy(() -> connection.createMetadata(new Metadata[] {commissionObject()}))
        .isInstanceOf(ConnectionException.class)
        .hasMessageContaining("INVALID_SESSION_ID");
  }

  private MetadataConnection connection(String session) {
    try {
      ConnectorConfig config = new ConnectorConfig();
      config.setServiceEndpoint(f.sf.baseUri() + "/services/Soap/m/62.0");
      config.setSessionId(session);
      return new MetadataConnection(config);
    } catch (ConnectionException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CustomObject commissionObject() {
    CustomObject object = new CustomObject();
    object.setFullName("Referral_Commission__c");
    object.setLabel("Referral Commission");
    object.setPluralLabel("Referral Commissions");
    CustomField name = new CustomField();
    name.setLabel("Commission Name");
    name.setType(FieldType.Text);
    object.setNameField(name);
    object.setDeploymentStatus(DeploymentStatus.Deployed);
    object.setSharingModel(SharingModel.ReadWrite);
    return object;
  }

  private static CustomField refsyncId() {
    CustomField field = new CustomField();
    field.setFullName("Referral_Commission__c.Refsync_Id__c");
    field.setLabel("Refsync Id");
    field.setType(FieldType.Text);
    field.setLength(64);
    field.setExternalId(true);
    field.setUnique(true);
    return field;
  }

  private static CustomField opportunityReferralId() {
    CustomField field = new CustomField();
    field.setFullName("Opportunity.Referral_Id__c");
    field.setLabel("Referral Id");
    field.setType(FieldType.Text);
    field.setLength(80);
    return field;
  }
}
