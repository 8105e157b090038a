package dev.refsync.mappings.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The named conversions a mapping file may use ({@code convert:}). */
public enum Conversion {
  /** Text as is (trimmed; blank means absent). */
  STRING(ValueType.TEXT),
  LOWERCASE(ValueType.TEXT),
  UPPERCASE(ValueType.TEXT),
  /** A decimal number or decimal string. */
  DECIMAL(ValueType.DECIMAL),
  INTEGER(ValueType.INTEGER),
  /** An integer count of the currency's minor units (Stripe: 120000 = 1,200.00 USD). */
  MINOR_UNITS(ValueType.DECIMAL),
  /** A calendar date, as the start of that day in {@code zone}. */
  DATE(ValueType.INSTANT),
  /** A date and time; ISO-8601 or Salesforce's {@code +0000} offset unless a pattern is given. */
  DATETIME(ValueType.INSTANT),
  EPOCH_SECONDS(ValueType.INSTANT),
  EPOCH_MILLIS(ValueType.INSTANT),
  /** A JSON boolean or {@code "true"}/{@code "false"} in any case, as the text true/false. */
  BOOLEAN(null),
  /** Vendor value to canonical value through {@code values}. */
  PICKLIST(null),
  /** The registrable domain of a URL, host name or e-mail address. */
  DOMAIN(ValueType.TEXT),
  /** A multi-select value ({@code a;b;c}) or a JSON array, as a set of text values. */
  LIST(ValueType.TEXT_SET);

  private final ValueType produces;

  Conversion(ValueType produces) {
    this.produces = produces;
  }

  /** The type this conversion produces; null when it depends on the picklist map. */
  public ValueType produces() {
    return produces;
  }

  /** The name used in mapping files, e.g. {@code minor_units}. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Conversion> fromYamlName(String name) {
    return Arrays.stream(values()).filter(c -> c.yamlName().equals(name)).findFirst();
  }

  public static List<String> yamlNames() {
    return Arrays.stream(values()).map(Conversion::yamlName).toList();
  }

  /** The conversion used when a field rule names none. */
  public static Conversion defaultFor(ValueType target) {
    return switch (target) {
      case DECIMAL -> DECIMAL;
      case INTEGER -> INTEGER;
      case INSTANT -> DATETIME;
      case TEXT_SET -> LIST;
      default -> STRING;
    };
  }

  /** True when this conversion's output can fill an attribute of the target type. */
  public boolean canFill(ValueType target) {
    if (produces == null) {
      return true;
    }
    if (produces == ValueType.TEXT) {
      return target == ValueType.TEXT || target.isEnum() || target == ValueType.TEXT_SET;
    }
    return produces == target;
  }
}
