package dev.refsync.mappings.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SemanticProblemsTest {

  @Test
  void duplicateWriteBackTargetIsReported() {
    String dup = Problems.VALID.replace("to: Referral_Date__c", "to: Referral_Id__c");
    assertThat(Problems.of(dup))
        .singleElement()
        .asString()
        .startsWith("m.yaml:19:")
        .contains("duplicate target: 'Referral_Id__c' is already written by 'referralId'");
  }

  @Test
  void missingClosedWonValueIsReported() {
    String none = Problems.VALID.replace("closedWon: [Closed Won]", "closedWon: []");
    assertThat(Problems.of(none))
        .singleElement()
        .asString()
        .startsWith("m.yaml:7:9:")
        .contains("no closed-won stage value")
        .contains("hint: list the vendor stage values that mean won");
  }

  @Test
  void dealWithoutStagesIsReported() {
    String none =
        Problems.VALID.replace(
            "      stages:\n        closedWon: [Closed Won]\n        closedLost: [Closed Lost]\n",
            "");
    assertThat(Problems.of(none)).singleElement().asString().contains("no closed-won stage value");
  }

  @Test
  void datePatternThatDoesNotCompileIsReported() {
    String bad =
        Problems.VALID.replace("convert: date, zone: UTC", "convert: date, pattern: yyyy-MM-dd'T");
    assertThat(Problems.of(bad))
        .singleElement()
        .asString()
        .startsWith("m.yaml:13:")
        .contains("date pattern 'yyyy-MM-dd'T' does not compile");
  }

  @Test
  void unknownZoneIsReportedWithASuggestion() {
    String bad = Problems.VALID.replace("zone: UTC", "zone: Europe/Pariss");
    assertThat(Problems.of(bad))
        .singleElement()
        .asString()
        .startsWith("m.yaml:13:")
        .contains("unknown time zone 'Europe/Pariss'")
        .contains("did you mean 'Europe/Paris'?");
  }

  @Test
  void expressionThatDoesNotParseIsReported() {
    String bad =
        Problems.VALID.replace(
            "amount: {from: Amount, convert: decimal}",
            "amount: {expression: \"#root['Amount' *\"}");
    assertThat(Problems.of(bad))
        .singleElement()
        .asString()
        .startsWith("m.yaml:11:")
        .contains("expression does not parse");
  }

  @Test
  void stripeMetadataKeyLongerThanFortyCharactersIsReported() {
    String stripe =
        """
        version: 1
        system: stripe
        records:
          churn:
            - object: subscription
              fields:
                accountId: {from: customer}
                at: {from: ended_at, convert: epoch_seconds}
        writeBack:
          customer:
            object: customer
            fields:
              referralId: {to: metadata.refsync_referral_id_for_the_crm_opportunity_x}
        """;
    assertThat(Problems.of(stripe))
        .singleElement()
        .asString()
        .startsWith("m.yaml:13:")
        .contains("Stripe metadata key 'refsync_referral_id_for_the_crm_opportunity_x' is 45")
        .contains("at most 40");
  }

  @Test
  void conversionThatCannotFillTheTargetIsReported() {
    String bad = Problems.VALID.replace("id: {from: Id}", "id: {from: Id, convert: epoch_seconds}");
    assertThat(Problems.of(bad))
        .singleElement()
        .asString()
        .contains("convert: epoch_seconds produces a time but 'id' holds text");
  }

  @Test
  void picklistValueThatIsNoCanonicalValueIsReported() {
    String bad =
        Problems.VALID.replace(
            "referralId: {to: Referral_Id__c}",
            "referralId: {to: Referral_Id__c}\n      channel: {to: Src__c, convert: picklist,"
                + " values: {Web: LNK}}");
    assertThat(Problems.of(bad))
        .singleElement()
        .asString()
        .contains("'LNK' is not a valid channel")
        .contains("did you mean 'LINK'?");
  }

  @Test
  void missingRequiredFieldAndFieldWithoutSourceAreReported() {
    String bad = Problems.VALID.replace("id: {from: Id}", "id: {convert: string}");
    assertThat(Problems.of(bad)).singleElement().asString().contains("field 'id' has no source");
    String noStage = Problems.VALID.replace("        stage: {from: StageName}\n", "");
    assertThat(Problems.of(noStage))
        .singleElement()
        .asString()
        .contains("the deal field 'stage' is required but not mapped");
  }
}
