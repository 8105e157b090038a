package dev.refsync.mappings.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.spec.RecordKind;
import dev.refsync.mappings.spec.SystemName;
import org.junit.jupiter.api.Test;

/** A record that does not map fails with a message naming system, object, id, field and value. */
class MappingErrorsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void unparsableAmountNamesEverything() throws Exception {
    RecordMapper mapper = new RecordMapper(DefaultMappings.load(SystemName.HUBSPOT));
    JsonNode deal =
        json(
            "{\"id\":\"42\",\"properties\":{\"amount\":\"12k\",\"dealstage\":\"closedwon\","
                + "\"closedate\":\"2026-03-01T10:00:00Z\"}}");
    assertThatThrownBy(() -> mapper.map("deals", deal, MappingContext.empty()))
        .isInstanceOf(MappingException.class)
        .hasMessage(
            "HUBSPOT deals 42: field 'amount' (from properties.amount) value '12k': not a decimal"
                + " number (hint: the vendor field must hold digits like 1200.50 (no currency"
                + " sign))")
        .satisfies(
            e -> {
              MappingException m = (MappingException) e;
              assertThat(m.recordId()).isEqualTo("42");
              assertThat(m.field()).isEqualTo("amount");
              assertThat(m.value()).isEqualTo("12k");
            });
  }

  @Test
  void badDateNamesTheExpectedFormat() throws Exception {
    RecordMapper mapper = new RecordMapper(DefaultMappings.load(SystemName.SALESFORCE));
    JsonNode opp =
        json(
            "{\"attributes\":{\"type\":\"Opportunity\"},\"Id\":\"006X\",\"StageName\":\"Closed"
                + " Won\",\"CloseDate\":\"01/03/2026\"}");
    assertThatThrownBy(() -> mapper.map("Opportunity", opp, MappingContext.empty()))
        .hasMessageStartingWith(
            "SALESFORCE Opportunity 006X: field 'closedAt' (from CloseDate) value '01/03/2026': not"
                + " a date in the format yyyy-MM-dd");
  }

  @Test
  void missingRequiredValueSaysWhichField() throws Exception {
    RecordMapper mapper = new RecordMapper(DefaultMappings.load(SystemName.STRIPE));
    JsonNode refund = json("{\"id\":\"re_1\",\"object\":\"refund\",\"status\":\"succeeded\"}");
    assertThatThrownBy(() -> mapper.map("refund", refund, MappingContext.empty()))
        .hasMessageStartingWith(
            "STRIPE refund re_1: field 'paymentId' (from association invoice): required value is"
                + " missing");
  }

  @Test
  void unknownCurrencyForMinorUnitsIsAnError() throws Exception {
    RecordMapper mapper = new RecordMapper(DefaultMappings.load(SystemName.STRIPE));
    JsonNode invoice =
        json(
            "{\"id\":\"in_1\",\"object\":\"invoice\",\"status\":\"paid\",\"customer\":\"cus_1\","
                + "\"amount_paid\":100,\"currency\":\"xx1\",\"created\":1772352000}");
    assertThatThrownBy(() -> mapper.map("invoice", invoice, MappingContext.empty()))
        .hasMessageContaining(
            "field 'amount' (from amount_paid) value '100': unknown currency 'xx1'");
  }

  @Test
  void picklistValueOutsideTheMapWithoutDefaultIsAnError() throws Exception {
    RecordMapper mapper = new RecordMapper(DefaultMappings.load(SystemName.HUBSPOT));
    JsonNode company =
        json(
            "{\"id\":\"7\",\"properties\":{\"name\":\"X\",\"refsync_referrer_type\":\"reseller\"}}");
    assertThatThrownBy(
            () -> mapper.map(RecordKind.REFERRER, "companies", company, MappingContext.empty()))
        .hasMessageContaining(
            "field 'type' (from properties.refsync_referrer_type) value 'reseller'")
        .hasMessageContaining("value not in the picklist map");
  }

  @Test
  void recordTheMappingDoesNotReadMapsToNothing() throws Exception {
    RecordMapper mapper = new RecordMapper(DefaultMappings.load(SystemName.STRIPE));
    JsonNode draft = json("{\"id\":\"in_2\",\"object\":\"invoice\",\"status\":\"draft\"}");
    assertThat(mapper.map("invoice", draft, MappingContext.empty())).isEmpty();
    assertThat(mapper.kindsFor("invoice", draft)).isEmpty();
  }
}
