package dev.refsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SalesforceIdsTest {

  @Test
  void the18CharacterFormAddsSalesforcesCaseSafeSuffix() {
    // The example from Salesforce's documentation of the 15 → 18 character conversion.
    assertThat(SalesforceIds.normalize("00300000003T2PG")).hasValue("00300000003T2PGAA0");
    assertThat(SalesforceIds.normalize("00300000003T2PGAA0")).hasValue("00300000003T2PGAA0");
  }

  @Test
  void aWrongSuffixOrLengthIsNotAnId() {
    assertThat(SalesforceIds.normalize("00300000003T2PGAAA")).isEmpty();
    assertThat(SalesforceIds.normalize("0030000")).isEmpty();
    assertThat(SalesforceIds.normalize("00300000003T2P-")).isEmpty();
  }

  @Test
  void generatedIdsCarryThePrefixAndSortInCreationOrder() {
    String first = SalesforceIds.id("006", 61);
    String second = SalesforceIds.id("006", 62);

    assertThat(first).hasSize(18).startsWith("006");
    assertThat(SalesforceIds.normalize(first)).hasValue(first);
    assertThat(first.compareTo(second)).isNegative();
  }
}
