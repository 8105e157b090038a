package dev.refsync.hubspot.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.core.model.Channel;
import dev.refsync.hubspot.client.PropertyDefinition;
import dev.refsync.hubspot.client.SchemaRequest;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.spec.MappingSpec;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.mappings.spec.WriteBackKind;
import dev.refsync.mappings.spec.WriteRule;
import dev.refsync.mappings.spec.WriteTarget;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The desired portal state derived from the HubSpot mapping's write-back section. */
class HubSpotProvisioningSpecTest {
  private final HubSpotProvisioningSpec spec =
      HubSpotProvisioningSpec.fromMapping(DefaultMappings.load(SystemName.HUBSPOT));

  private static Map<String, PropertyDefinition> byName(java.util.List<PropertyDefinition> ps) {
    return ps.stream()
        .collect(
            Collectors.toMap(
                PropertyDefinition::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  @Test
  void theDefaultMappingsDealPropertiesGoIntoTheRefsyncGroup() {
    Map<String, PropertyDefinition> deal = byName(spec.dealProperties());

    assertThat(spec.dealObject()).isEqualTo("deals");
    assertThat(deal)
        .containsOnlyKeys(
            "refsync_referral_id",
            "refsync_referrer",
            "refsync_referral_source",
            "refsync_referral_date",
            "refsync_attribution");
    assertThat(deal.values()).extracting(PropertyDefinition::groupName).containsOnly("refsync");
    assertThat(deal.get("refsync_referrer"))
        .extracting(
            PropertyDefinition::type, PropertyDefinition::fieldType, PropertyDefinition::label)
        .containsExactly("string", "text", "Refsync referrer name");
    assertThat(deal.get("refsync_referral_date"))
        .extracting(PropertyDefinition::type, PropertyDefinition::fieldType)
        .containsExactly("datetime", "date");
  }

  @Test
  void anUnmappedEnumGetsOneOptionPerCanonicalValue() {
    PropertyDefinition source = byName(spec.dealProperties()).get("refsync_referral_source");

    assertThat(source.type()).isEqualTo("enumeration");
    assertThat(source.fieldType()).isEqualTo("select");
    assertThat(source.options())
        .extracting(PropertyDefinition.Option::value)
        .containsExactlyElementsOf(Arrays.stream(Channel.values()).map(Enum::name).toList());
  }

  @Test
  void thePicklistMapDecidesTheOptionValues() {
    MappingSpec mapping =
        new MappingSpec(
            1,
            SystemName.HUBSPOT,
            Map.of(),
            Map.of(
                WriteBackKind.DEAL,
                new WriteTarget(
                    "deals",
                    null,
                    null,
                    Map.of(
                        "channel",
                        new WriteRule(
                            "properties.src",
                            "picklist",
                            null,
                            null,
                            Map.of("web", "LINK", "promo", "CODE"))))));

    PropertyDefinition src = HubSpotProvisioningSpec.fromMapping(mapping).dealProperties().get(0);

    assertThat(src.options())
        .extracting(PropertyDefinition.Option::value)
        .containsExactly("web", "promo", "FORM", "INTRO_EMAIL", "DEAL_REGISTRATION", "OTHER");
  }

  @Test
  void theCommissionSchemaIsKeyedOnRefsyncIdAndAssociatedToDeals() {
    SchemaRequest schema = spec.commissionSchema();
    Map<String, PropertyDefinition> props = byName(schema.properties());

    assertThat(schema.name()).isEqualTo("referral_commission");
    assertThat(schema.requiredProperties()).containsExactly("refsync_id");
    assertThat(schema.primaryDisplayProperty()).isEqualTo("refsync_id");
    assertThat(schema.associatedObjects()).containsExactly("DEAL");
    assertThat(props.get("refsync_id").hasUniqueValue()).isTrue();
    assertThat(props.values())
        .filteredOn(p -> !p.name().equals("refsync_id"))
        .extracting(PropertyDefinition::hasUniqueValue)
        .containsOnlyNulls();
    assertThat(props.get("refsync_amount").type()).isEqualTo("number");
    assertThat(props.get("refsync_earned_at").type()).isEqualTo("datetime");
    assertThat(props.get("refsync_kind").options())
        .extracting(PropertyDefinition.Option::value)
        .containsExactly("ACCRUAL", "CLAWBACK");
    assertThat(props.get("refsync_status").options())
        .extracting(PropertyDefinition.Option::value)
        .containsExactly("HELD", "PAYABLE", "PAID");
    assertThat(props)
        .containsOnlyKeys(
            "refsync_id",
            "refsync_referrer_id",
            "refsync_referral_id",
            "refsync_plan_id",
            "refsync_kind",
            "refsync_amount",
            "refsync_currency",
            "refsync_earned_at",
            "refsync_payable_at",
            "refsync_status",
            "refsync_explanation");
  }

  @Test
  void aFieldThatIsNotAPropertyPathIsNamed() {
    MappingSpec mapping =
        new MappingSpec(
            1,
            SystemName.HUBSPOT,
            Map.of(),
            Map.of(
                WriteBackKind.DEAL,
                new WriteTarget(
                    "deals",
                    null,
                    null,
                    Map.of("summary", new WriteRule("dealname", null, null, null, null)))));

    assertThatThrownBy(() -> HubSpotProvisioningSpec.fromMapping(mapping))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("writeBack.deal.summary")
        .hasMessageContaining("properties.<name>");
  }

  @Test
  void anotherSystemsMappingIsRefused() {
    assertThatThrownBy(
            () -> HubSpotProvisioningSpec.fromMapping(DefaultMappings.load(SystemName.STRIPE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("STRIPE");
  }
}
