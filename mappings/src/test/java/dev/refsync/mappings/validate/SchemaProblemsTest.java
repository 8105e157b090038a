package dev.refsync.mappings.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaProblemsTest {

  @Test
  void unknownKeyIsReportedAtTheKeyWithASuggestion() {
    String typo = Problems.VALID.replace("amount: {from: Amount", "amuont: {from: Amount");
    assertThat(Problems.of(typo))
        .singleElement()
        .asString()
        .startsWith("m.yaml:11:9: unknown key 'amuont' in records.deal[0].fields")
        .contains("hint: did you mean 'amount'?");
  }

  @Test
  void wrongTypeNamesTheValue() {
    String wrong = Problems.VALID.replace("closedWon: [Closed Won]", "closedWon: Closed Won");
    assertThat(Problems.of(wrong))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("m.yaml:7:20: records.deal[0].stages.closedWon has the wrong type")
                    .contains("found string"));
  }

  @Test
  void unknownConversionSuggestsTheClosestName() {
    String wrong = Problems.VALID.replace("convert: decimal", "convert: decimel");
    assertThat(Problems.of(wrong))
        .singleElement()
        .asString()
        .startsWith(
            "m.yaml:11:41: unknown conversion 'decimel' for records.deal[0].fields.amount.convert")
        .contains("did you mean 'decimal'?");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    String many =
        Problems.VALID
            .replace("convert: decimal", "convert: decimel")
            .replace("object: Opportunity\n    fields", "object: Opportunity\n    feilds")
            .replace("system: salesforce", "system: salesforse");
    assertThat(Problems.of(many))
        .hasSize(4)
        .anySatisfy(p -> assertThat(p).contains("unknown value 'salesforse'"))
        .anySatisfy(p -> assertThat(p).contains("unknown conversion 'decimel'"))
        .anySatisfy(p -> assertThat(p).startsWith("m.yaml:17:5: unknown key 'feilds'"));
  }
}
