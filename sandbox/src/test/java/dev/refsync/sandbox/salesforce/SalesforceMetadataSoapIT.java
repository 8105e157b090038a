package dev.refsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Metadata API over raw SOAP, shaped like the envelopes Force.com WSC sends. */
class SalesforceMetadataSoapIT {

  private static final String ENDPOINT = "/services/Soap/m/62.0";
  private static final String MD = "http://soap.sforce.com/2006/04/metadata";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  private SalesforceFixture f;
  private String session;

  @BeforeEach
  void start() {
    f = new SalesforceFixture();
    session = f.sf.issueSession();
  }

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void createMetadataMakesTheObjectAndFieldsVisibleToDescribeAndSoql() throws Exception {
    var r = f.anonymous().soap(ENDPOINT, envelope(session, createCommissionObject()));

    assertThat(r.status()).as(r.raw()).isEqualTo(200);
    Document doc = parse(r.raw());
    assertThat(doc.getElementsByTagNameNS(MD, "createMetadataResponse").getLength()).isEqualTo(1);
    Element result = (Element) doc.getElementsByTagNameNS(MD, "result").item(0);
    assertThat(text(result, "fullName")).isEqualTo("Referral_Commission__c");
    assertThat(text(result, "success")).isEqualTo("true");

    var field = f.anonymous().soap(ENDPOINT, envelope(session, createOpportunityField()));
    assertThat(text(parse(field.raw()).getDocumentElement(), "success")).isEqualTo("true");

    assertThat(
            f.api
                .get(SalesforceTestClient.V + "/sobjects/Referral_Commission__c/describe")
                .status())
        .isEqualTo(200);
    assertThat(
            f.api
                .query("SELECT Id, Refsync_Id__c, Opportunity__c FROM Referral_Commission__c")
                .status())
        .isEqualTo(200);
    assertThat(f.api.query("SELECT Referral_Id__c FROM Opportunity").status()).isEqualTo(200);
  }

  @Test
  void readMetadataReturnsTypedRecordsAndAnEmptyRecordForUnknownNames() throws Exception {
    f.anonymous().soap(ENDPOINT, envelope(session, createCommissionObject()));

    var r =
        f.anonymous()
            .soap(
                ENDPOINT,
                envelope(
                    session,
                    "<m:readMetadata><m:type>CustomObject</m:type>"
                        + "<m:fullNames>Referral_Commission__c</m:fullNames>"
                        + "<m:fullNames>Missing__c</m:fullNames></m:readMetadata>"));

    assertThat(r.status()).isEqualTo(200);
    Document doc = parse(r.raw());
    NodeList records = doc.getElementsByTagNameNS(MD, "records");
    assertThat(records.getLength()).isEqualTo(2);
    Element found = (Element) records.item(0);
    assertThat(found.getAttributeNS(XSI, "type")).isEqualTo("CustomObject");
    assertThat(directText(found, "fullName")).isEqualTo("Referral_Commission__c");
    assertThat(directText(found, "sharingModel")).isEqualTo("ReadWrite");
    assertThat(found.getElementsByTagNameNS(MD, "fields").getLength()).isEqualTo(2);
    Element missing = (Element) records.item(1);
    assertThat(missing.getElementsByTagNameNS(MD, "fullName").getLength()).isZero();

    var field =
        f.anonymous()
            .soap(
                ENDPOINT,
                envelope(
                    session,
                    "<m:readMetadata><m:type>CustomField</m:type>"
                        + "<m:fullNames>Referral_Commission__c.Refsync_Id__c</m:fullNames>"
                        + "</m:readMetadata>"));
    Element fieldRecord =
        (Element) parse(field.raw()).getElementsByTagNameNS(MD, "records").item(0);
    assertThat(fieldRecord.getAttributeNS(XSI, "type")).isEqualTo("CustomField");
    assertThat(directText(fieldRecord, "externalId")).isEqualTo("true");
    assertThat(directText(fieldRecord, "length")).isEqualTo("64");
  }

  @Test
  void creatingAnExistingComponentFailsInItsResult() throws Exception {
    f.anonymous().soap(ENDPOINT, envelope(session, createCommissionObject()));

    var again = f.anonymous().soap(ENDPOINT, envelope(session, createCommissionObject()));

    Element result = (Element) parse(again.raw()).getElementsByTagNameNS(MD, "result").item(0);
    assertThat(text(result, "success")).isEqualTo("false");
    assertThat(text(result, "statusCode")).isEqualTo("DUPLICATE_DEVELOPER_NAME");
  }

  @Test
  void invalidFieldDefinitionsReportEveryProblem() throws Exception {
    var r =
        f.anonymous()
            .soap(
                ENDPOINT,
                envelope(
                    session,
                    "<m:createMetadata><m:metadata xsi:type=\"m:CustomField\">"
                        + "<m:fullName>Opportunity.Bad__c</m:fullName><m:type>Text</m:type>"
                        + "<m:externalId>true</m:externalId>"
                        + "</m:metadata></m:createMetadata>"));

    Document doc = parse(r.raw());
    NodeList codes = doc.getElementsByTagNameNS(MD, "statusCode");
    assertThat(codes.getLength()).isEqualTo(2);
    assertThat(codes.item(0).getTextContent()).isEqualTo("REQUIRED_FIELD_MISSING");
    assertThat(codes.item(1).getTextContent()).isEqualTo("FIELD_INTEGRITY_EXCEPTION");
  }

  @Test
  void anInvalidSessionIsASoapFault() throws Exception {
    var r = f.anonymous().soap(ENDPOINT, envelope("00D!bogus", createCommissionObject()));

    assertThat(r.status()).isEqualTo(500);
    Document doc = parse(r.raw());
    assertThat(doc.getElementsByTagName("faultcode").item(0).getTextContent())
        .isEqualTo("sf:INVALID_SESSION_ID");
    assertThat(
            f.api
                .get(SalesforceTestClient.V + "/sobjects/Referral_Commission__c/describe")
                .status())
        .isEqualTo(404);
  }

  @Test
  void aDoctypeIsRefusedSoExternalEntitiesAreNeverResolved() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + envelope(
                session,
                "<m:readMetadata><m:type>CustomObject</m:type><m:fullNames>&x;</m:fullNames></m:readMetadata>");

    var r = f.anonymous().soap(ENDPOINT, xxe);

    assertThat(r.status()).isEqualTo(500);
    assertThat(r.raw()).contains("soapenv:Client").doesNotContain("root:");
  }

  private static String createCommissionObject() {
    return "<m:createMetadata><m:metadata xsi:type=\"m:CustomObject\">"
        + "<m:fullName>Referral_Commission__c</m:fullName>"
        + "<m:deploymentStatus>Deployed</m:deploymentStatus>"
        + "<m:fields><m:fullName>Refsync_Id__c</m:fullName><m:externalId>true</m:externalId>"
        + "<m:label>Refsync Id</m:label><m:length>64</m:length><m:type>Text</m:type>"
        + "<m:unique>true</m:unique></m:fields>"
        + "<m:fields><m:fullName>Opportunity__c</m:fullName><m:label>Opportunity</m:label>"
        + "<m:referenceTo>Opportunity</m:referenceTo><m:relationshipName>Commissions</m:relationshipName>"
        + "<m:type>Lookup</m:type></m:fields>"
        + "<m:label>Referral Commission</m:label>"
        + "<m:nameField><m:label>Commission Name</m:label><m:type>Text</m:type></m:nameField>"
        + "<m:pluralLabel>Referral Commissions</m:pluralLabel>"
        + "<m:sharingModel>ReadWrite</m:sharingModel>"
        + "</m:metadata></m:createMetadata>";
  }

  private static String createOpportunityField() {
    return "<m:createMetadata><m:metadata xsi:type=\"m:CustomField\">"
        + "<m:fullName>Opportunity.Referral_Id__c</m:fullName><m:label>Referral Id</m:label>"
        + "<m:length>80</m:length><m:type>Text</m:type>"
        + "</m:metadata></m:createMetadata>";
  }

  private static String envelope(String sessionId, String body) {
    return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
        + " xmlns:m=\""
        + MD
        + "\" xmlns:xsi=\""
        + XSI
        + "\"><soapenv:Header><m:SessionHeader><m:sessionId>"
        + sessionId
        + "</m:sessionId></m:SessionHeader></soapenv:Header><soapenv:Body>"
        + body
        + "</soapenv:Body></soapenv:Envelope>";
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setNamespaceAware(true);
    return dbf.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static String text(Element e, String localName) {
    return e.getElementsByTagNameNS(MD, localName).item(0).getTextContent();
  }

  private static String directText(Element e, String localName) {
    for (int i = 0; i < e.getChildNodes().getLength(); i++) {
      if (e.getChildNodes().item(i) instanceof Element c && localName.equals(c.getLocalName())) {
        return c.getTextContent();
      }
    }
    throw new AssertionError("no " + localName);
  }
}
