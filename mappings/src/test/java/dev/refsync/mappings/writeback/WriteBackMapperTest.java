package dev.refsync.mappings.writeback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.Channel;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.Credit;
import dev.refsync.core.model.EntryKind;
import dev.refsync.core.model.EntryStatus;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.plans.AttributionModel;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.mapper.MappingException;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.mappings.spec.WriteBackKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The default write-back names of DESIGN 8, filled from canonical records. */
class WriteBackMapperTest {
  private static final Referrer PARTNER =
      new Referrer("p1", ReferrerType.PARTNER, "Northwind", null, "GOLD", null);
  private static final Referral REFERRAL =
      new Referral(
          "r1",
          "p1",
          "jane@acme.com",
          "acme.com",
          "Acme",
          null,
          Channel.LINK,
          Instant.parse("2026-01-05T14:20:00Z"),
          null);
  private static final Attribution ATTRIBUTION =
      new Attribution(
          "d1",
          "a1",
          AttributionModel.LAST_REFERRAL,
          List.of(new Credit("r1", "p1", new BigDecimal("1.000000"))),
          List.of("r1 is the latest referral before the close"));

  @Test
  void salesforceOpportunityGetsTheDesignFieldNames() {
    ObjectNode body =
        new WriteBackMapper(DefaultMappings.load(SystemName.SALESFORCE))
            .toVendor(
                WriteBackKind.DEAL,
                WriteBackValues.forDeal(
                    ATTRIBUTION, ATTRIBUTION.credits().get(0), REFERRAL, PARTNER),
                "006X");
    assertThat(body.toString())
        .isEqualTo(
            "{\"Referral_Id__c\":\"r1\",\"Referral_Partner__c\":\"Northwind\","
                + "\"Referral_Source__c\":\"LINK\",\"Referral_Date__c\":\"2026-01-05T14:20:00Z\","
                + "\"Referral_Attribution__c\":\"LAST_REFERRAL, share 1.000000: r1 is the latest"
                + " referral before the close\"}");
  }

  @Test
  void hubspotCommissionIsKeyedOnRefsyncIdAndWrittenAsText() {
    CommissionEntry entry =
        new CommissionEntry(
            "e-1",
            "p1",
            "r1",
            "partner-recurring",
            "d1",
            null,
            EntryKind.ACCRUAL,
            new BigDecimal("300.00"),
            "USD",
            Instant.parse("2026-03-01T09:00:00Z"),
            Instant.parse("2026-03-31T09:00:00Z"),
            EntryStatus.HELD,
            "25% of 1,200.00");
    WriteBackMapper mapper = new WriteBackMapper(DefaultMappings.load(SystemName.HUBSPOT));
    ObjectNode body =
        mapper.toVendor(
            WriteBackKind.COMMISSION, WriteBackValues.forCommission(entry, "987"), "e-1");

    assertThat(mapper.target(WriteBackKind.COMMISSION).object()).isEqualTo("referral_commission");
    assertThat(body.path("properties").path("refsync_id").asText()).isEqualTo("e-1");
    assertThat(body.path("properties").path("refsync_amount").isTextual()).isTrue();
    assertThat(body.path("properties").path("refsync_amount").asText()).isEqualTo("300.00");
    // The payment id is absent: HubSpot clears a property with "".
    assertThat(body.path("properties").has("refsync_payment_id")).isFalse();
    assertThat(mapper.fromVendor(WriteBackKind.COMMISSION, body))
        .containsEntry("amount", new BigDecimal("300.00"))
        .containsEntry("status", EntryStatus.HELD);
  }

  @Test
  void stripeMetadataValueLongerThan500CharactersIsRefused() {
    Referrer longName = new Referrer("p1", ReferrerType.PARTNER, "N".repeat(501), null, null, null);
    WriteBackMapper mapper = new WriteBackMapper(DefaultMappings.load(SystemName.STRIPE));
    Map<String, Object> values = WriteBackValues.forCustomer(REFERRAL, longName);
    assertThatThrownBy(() -> mapper.toVendor(WriteBackKind.CUSTOMER, values, "cus_1"))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining(
            "STRIPE customer cus_1: field 'referrerName' (from metadata.refsync_referrer)")
        .hasMessageContaining("longer than 500 characters");
  }
}
