package dev.refsync.mappings.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.core.model.Contact;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.DealStage;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.mappings.MappingLoader;
import dev.refsync.mappings.spec.RecordKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each conversion of a mapping file, on a custom mapping a revops team might write. */
class ConversionsTest {
  private static final RecordMapper MAPPER =
      new RecordMapper(
          MappingLoader.parse(
              "custom.yaml",
              """
              version: 1
              system: salesforce
              records:
                referrer:
                  - object: Contact
                    when:
                      - {field: Partner_Level__c, in: [Gold, Silver]}
                      - {field: Active__c, equals: "true"}
                    fields:
                      id: {from: Id}
                      type: {constant: PARTNER}
                      name: {expression: "#root['FirstName'] + ' ' + #root['LastName']"}
                      email: {from: Email, convert: lowercase}
                      tier: {from: Partner_Level__c, convert: uppercase}
                      accountId: {from: Missing__c, default: none}
                contact:
                  - object: Contact
                    fields:
                      id: {from: Id}
                      roles: {from: Roles__c, convert: list}
                      email: {from: Website__c, convert: domain}
                deal:
                  - object: Opportunity
                    stages: {closedWon: [Won, Signed], closedLost: [Lost]}
                    fields:
                      id: {from: Id}
                      amount: {from: Amount_Cents__c, convert: minor_units, currency: Cur__c}
                      currency: {from: Cur__c, convert: uppercase}
                      termMonths: {from: Term__c, convert: integer, default: 12}
                      stage: {from: Stage__c}
                      createdAt: {from: Created__c, convert: datetime, pattern: "dd/MM/yyyy HH:mm", zone: Europe/Paris}
                      closedAt: {from: Closed_Ms__c, convert: epoch_millis}
              """));

  private static JsonNode json(String text) throws Exception {
    return VendorJson.mapper().readTree(text);
  }

  @Test
  void filtersPatternsZonesMinorUnitsAndEpochMillis() throws Exception {
    JsonNode opp =
        json(
            "{\"Id\":\"o1\",\"Amount_Cents__c\":123456,\"Cur__c\":\"eur\",\"Term__c\":\"24\","
                + "\"Stage__c\":\"Signed\",\"Created__c\":\"01/03/2026 10:30\","
                + "\"Closed_Ms__c\":1772359200000}");
    Deal deal =
        MAPPER.map(RecordKind.DEAL, "Opportunity", opp, MappingContext.empty()).as(Deal.class);
    assertThat(deal.amount()).isEqualByComparingTo("1234.56");
    assertThat(deal.amount().scale()).isEqualTo(2);
    assertThat(deal.currency()).isEqualTo("EUR");
    assertThat(deal.termMonths()).isEqualTo(24);
    assertThat(deal.stage()).isEqualTo(DealStage.CLOSED_WON);
    // 10:30 in Paris in March (UTC+1) is 09:30 UTC.
    assertThat(deal.createdAt()).isEqualTo(Instant.parse("2026-03-01T09:30:00Z"));
    assertThat(deal.closedAt()).isEqualTo(Instant.ofEpochMilli(1772359200000L));
  }

  @Test
  void conditionsDecideTheKindsAndExpressionsComputeValues() throws Exception {
    JsonNode gold =
        json(
            "{\"Id\":\"c1\",\"FirstName\":\"Ann\",\"LastName\":\"Lee\",\"Email\":\"Ann@X.com\","
                + "\"Partner_Level__c\":\"Gold\",\"Active__c\":true,\"Roles__c\":\"CHAMPION;USER\","
                + "\"Website__c\":\"https://www.shop.example.co.uk/path?q=1\"}");
    List<MappedRecord> mapped = MAPPER.map("Contact", gold, MappingContext.empty());
    assertThat(mapped)
        .extracting(MappedRecord::kind)
        .containsExactly(RecordKind.REFERRER, RecordKind.CONTACT);
    Referrer referrer = mapped.get(0).as(Referrer.class);
    assertThat(referrer.type()).isEqualTo(ReferrerType.PARTNER);
    assertThat(referrer.name()).isEqualTo("Ann Lee");
    assertThat(referrer.email()).isEqualTo("ann@x.com");
    assertThat(referrer.tier()).isEqualTo("GOLD");
    assertThat(referrer.accountId()).isEqualTo("none");
    Contact contact = mapped.get(1).as(Contact.class);
    assertThat(contact.roles()).containsExactlyInAnyOrder("CHAMPION", "USER");
    assertThat(contact.email()).isEqualTo("example.co.uk");

    JsonNode inactive = json("{\"Id\":\"c2\",\"Partner_Level__c\":\"Gold\",\"Active__c\":false}");
    assertThat(MAPPER.kindsFor("Contact", inactive)).containsExactly(RecordKind.CONTACT);
  }

  @Test
  void sourceFieldsAreListedForTheAdaptersQuery() {
    assertThat(MAPPER.spec().sources(RecordKind.DEAL).get(0).vendorFieldsRead())
        .containsExactly(
            "Id", "Amount_Cents__c", "Cur__c", "Term__c", "Stage__c", "Created__c", "Closed_Ms__c");
    assertThat(MAPPER.spec().sources(RecordKind.REFERRER).get(0).vendorFieldsRead())
        .contains("Partner_Level__c", "Active__c", "Email", "Missing__c");
  }

  @Test
  void openDealHasNoCloseTime() throws Exception {
    JsonNode open =
        json("{\"Id\":\"o2\",\"Stage__c\":\"Proposal\",\"Closed_Ms__c\":1772359200000}");
    Deal deal =
        MAPPER.map(RecordKind.DEAL, "Opportunity", open, MappingContext.empty()).as(Deal.class);
    assertThat(deal.stage()).isEqualTo(DealStage.OPEN);
    assertThat(deal.closedAt()).isNull();
    assertThat(deal.termMonths()).isEqualTo(12);
    assertThat(deal.amount()).isNull();
  }
}
