package dev.refsync.mappings.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YamlSyntaxProblemsTest {

  @Test
  void validFileHasNoProblems() {
    assertThat(Problems.of(Problems.VALID)).isEmpty();
  }

  @Test
  void yamlSyntaxErrorNamesLineAndColumn() {
    String broken = Problems.VALID.replace("id: {from: Id}", "id: {from: Id");
    assertThat(Problems.of(broken))
        .singleElement()
        .asString()
        .startsWith("m.yaml:11:")
        .contains("YAML syntax error")
        .contains("(hint: ");
  }

  @Test
  void duplicateKeyIsReportedAtTheSecondOccurrence() {
    String dup =
        Problems.VALID.replace(
            "        amount: {from: Amount, convert: decimal}\n",
            "        amount: {from: Amount, convert: decimal}\n"
                + "        amount: {from: ExpectedRevenue}\n");
    assertThat(Problems.of(dup))
        .singleElement()
        .asString()
        .startsWith("m.yaml:12:9: duplicate key 'amount' (first at line 11)");
  }
}
