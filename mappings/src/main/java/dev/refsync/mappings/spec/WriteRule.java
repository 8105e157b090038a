package dev.refsync.mappings.spec;

import java.util.Map;

/**
 * Which vendor field receives one written-back canonical attribute.
 *
 * @param to dotted path of the vendor field, e.g. {@code Referral_Id__c} or {@code
 *     metadata.refsync_referral_id}
 * @param convert conversion name; null for the target type's default
 * @param pattern date / datetime pattern
 * @param zone time zone for dates and zone-less datetimes
 * @param values picklist map, vendor value to canonical value; written in reverse
 */
public record WriteRule(
    String to, String convert, String pattern, String zone, Map<String, String> values) {
  public WriteRule {
    values = values == null ? Map.of() : Map.copyOf(values);
  }

  public Conversion conversionFor(ValueType target) {
    return convert == null
        ? Conversion.defaultFor(target)
        : Conversion.fromYamlName(convert)
            .orElseThrow(() -> new IllegalStateException("unvalidated conversion " + convert));
  }
}
