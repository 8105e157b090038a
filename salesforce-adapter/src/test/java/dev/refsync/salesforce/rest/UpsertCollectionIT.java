package dev.refsync.salesforce.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.salesforce.support.EmulatedOrg;
import dev.refsync.sandbox.salesforce.CustomFieldSpec;
import dev.refsync.sandbox.salesforce.CustomObjectSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UpsertCollectionIT {
  private static final String OBJECT = "Referral_Commission__c";
  private static final String KEY = "Refsync_Id__c";
  private final EmulatedOrg org = new EmulatedOrg();

  @BeforeEach
  void provision() {
    org.sf.defineCustomObject(
        CustomObjectSpec.of(OBJECT, "Referral Commission", "Referral Commissions"));
    org.sf.defineCustomField(
        CustomFieldSpec.text(OBJECT + "." + KEY, "Refsync Id", 80).asUniqueExternalId());
    org.sf.defineCustomField(
        CustomFieldSpec.number(OBJECT + ".Amount__c", "Amount", "Number", 18, 4));
  }

  @AfterEach
  void stop() {
    org.close();
  }

  @Test
  void twoHundredRecordsInOneCallWithTheBadOneFailingAlone() {
    List<ObjectNode> records = records(200);
    records.get(57).put("Amount__c", "not a number");

    List<SaveResult> results = org.rest.upsertCollection(OBJECT, KEY, records);

    assertThat(results).hasSize(200);
    assertThat(results.get(57).success()).isFalse();
    assertThat(results.get(57).errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.errorCode()).isEqualTo("INVALID_TYPE_ON_FIELD_IN_RECORD");
              assertThat(e.fields()).containsExactly("Amount__c");
            });
    assertThat(results.stream().filter(SaveResult::success)).hasSize(199);
    assertThat(results.stream().filter(SaveResult::created)).hasSize(199);
    assertThat(results.get(0).id()).startsWith("a0");
    assertThat(org.count("composite.sobjects.upsert")).isEqualTo(1);
    assertThat(org.rest.apiUsage()).hasValueSatisfying(u -> assertThat(u.used()).isEqualTo(1));
  }

  @Test
  void aReplayUpdatesInsteadOfDuplicating() {
    List<SaveResult> first = org.rest.upsertCollection(OBJECT, KEY, records(3));
    List<SaveResult> replay = org.rest.upsertCollection(OBJECT, KEY, records(3));

    assertThat(replay).allSatisfy(r -> assertThat(r.success()).isTrue());
    assertThat(replay).noneMatch(SaveResult::created);
    assertThat(replay.stream().map(SaveResult::id))
        .containsExactlyElementsOf(first.stream().map(SaveResult::id).toList());
    assertThat(org.rest.query("SELECT Id FROM " + OBJECT).totalSize()).isEqualTo(3);
  }

  @Test
  void moreThan200RecordsAreRefusedBeforeAnyCall() {
    assertThatThrownBy(() -> org.rest.upsertCollection(OBJECT, KEY, records(201)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("201");
    assertThat(org.sf.totalRequests()).isZero();
  }

  private List<ObjectNode> records(int n) {
    List<ObjectNode> records = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      records.add(org.json.createObjectNode().put(KEY, "rc_" + i).put("Amount__c", 10 + i + 0.25));
    }
    return records;
  }
}
