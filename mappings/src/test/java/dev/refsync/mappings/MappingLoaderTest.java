package dev.refsync.mappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.mappings.spec.MappingSpec;
import dev.refsync.mappings.spec.RecordKind;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.mappings.spec.WriteBackKind;
import dev.refsync.mappings.validate.InvalidMappingException;
import org.junit.jupiter.api.Test;

class MappingLoaderTest {

  @Test
  void bindsAValidFile() {
    MappingSpec spec = DefaultMappings.load(SystemName.SALESFORCE);
    assertThat(spec.sources(RecordKind.REFERRAL))
        .extracting("object")
        .containsExactly("Lead", "Referral__c");
    assertThat(spec.sources(RecordKind.DEAL).get(0).stages().closedWon())
        .containsExactly("Closed Won");
    assertThat(spec.target(WriteBackKind.COMMISSION).orElseThrow().externalId())
        .isEqualTo("Refsync_Id__c");
    assertThat(spec.sources(RecordKind.PAYMENT)).isEmpty();
  }

  @Test
  void refusesAnInvalidFileListingEveryProblem() {
    assertThatThrownBy(
            () ->
                MappingLoader.parse(
                    "x.yaml", "version: 2\nsystem: hubspot\nrecords:\n  deal: []\nextra: 1\n"))
        .isInstanceOf(InvalidMappingException.class)
        .satisfies(
            e ->
                assertThat(((InvalidMappingException) e).problems())
                    .extracting(Object::toString)
                    .anySatisfy(
                        p -> assertThat(p).startsWith("x.yaml:1:10: unknown value '2' for version"))
                    .anySatisfy(p -> assertThat(p).startsWith("x.yaml:4:9: records.deal"))
                    .anySatisfy(p -> assertThat(p).startsWith("x.yaml:5:1: unknown key 'extra'")));
  }
}
