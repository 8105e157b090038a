package dev.refsync.mappings.spec;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * Where one canonical attribute comes from and how it converts (DESIGN 6).
 *
 * @param from vendor field paths; the first one present is used; empty when another source is set
 * @param association take the first associated id the adapter supplies under this name
 * @param constant a fixed canonical value
 * @param expression a SpEL expression evaluated in a read-only sandbox
 * @param convert the conversion name; null to use the target type's default
 * @param pattern date / datetime pattern
 * @param zone time zone for dates and zone-less datetimes
 * @param values picklist map, vendor value to canonical value
 * @param defaultValue canonical value used when the vendor value is absent
 * @param currency {@code minor_units}: path of the record's currency code
 */
public record FieldRule(
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> from,
    String association,
    String constant,
    String expression,
    String convert,
    String pattern,
    String zone,
    Map<String, String> values,
    @JsonProperty("default") String defaultValue,
    String currency) {
  public FieldRule {
    from = from == null ? List.of() : List.copyOf(from);
    values = values == null ? Map.of() : Map.copyOf(values);
  }

  /** The conversion to apply for a target of this type. */
  public Conversion conversionFor(ValueType target) {
    return convert == null
        ? Conversion.defaultFor(target)
        : Conversion.fromYamlName(convert)
            .orElseThrow(() -> new IllegalStateException("unvalidated conversion " + convert));
  }
}
