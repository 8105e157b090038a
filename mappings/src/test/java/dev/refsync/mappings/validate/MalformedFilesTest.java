package dev.refsync.mappings.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever the file holds, validation reports problems with positions instead of failing. */
class MalformedFilesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "- just\n- a list\n",
        "plain text",
        "version: 1\nsystem: stripe\nrecords: []\n",
        "version: 1\nsystem: stripe\nrecords:\n  churn: {object: subscription}\n",
        "version: 1\nsystem: stripe\nrecords:\n  churn:\n    - object: subscription\n      fields: []\n",
        "version: 1\nsystem: stripe\nrecords:\n  churn:\n    - object: s\n      when: {field: x}\n"
            + "      fields:\n        accountId: {from: 12}\n        at: {from: [a, 3]}\n",
        "version: 1\nsystem: hubspot\nrecords:\n  deal:\n    - object: deals\n      stages: [a]\n"
            + "      fields: {id: id, stage: {from: s}}\n",
        "version: 1\nsystem: stripe\nrecords: {}\nwriteBack:\n  customer:\n    object: customer\n"
            + "    fields: {referralId: {to: email}}\n",
        "version: 1\nsystem: salesforce\nrecords: {}\nwriteBack:\n  customer: {object: c, fields: {}}\n",
        "&a [*a]\n",
        "version: 1\n---\nversion: 1\n",
        "version: 1\nsystem: stripe\nrecords:\n\tchurn: []\n"
      })
  void reportsProblemsWithPositions(String yaml) {
    MappingValidator.Result result = new MappingValidator().validate("m.yaml", yaml);
    assertThat(result.valid()).isFalse();
    assertThat(result.problems())
        .allSatisfy(
            p -> {
              assertThat(p.line()).isPositive();
              assertThat(p.column()).isPositive();
              assertThat(p.message()).isNotBlank();
            });
  }
}
