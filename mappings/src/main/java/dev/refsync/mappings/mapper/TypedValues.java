package dev.refsync.mappings.mapper;

import dev.refsync.mappings.spec.ValueType;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Brings a converted value (or a constant / default written in the file) to the target type. */
final class TypedValues {
  private TypedValues() {}

  static Object coerce(Object value, ValueType target) throws ConversionFailure {
    if (value == null) {
      return null;
    }
    return switch (target) {
      case TEXT -> asText(value);
      case DECIMAL -> value instanceof BigDecimal d ? d : parseDecimal(asText(value));
      case INTEGER -> asInteger(value);
      case INSTANT -> value instanceof Instant i ? i : parseInstant(asText(value));
      case TEXT_SET -> asSet(value);
      default -> asEnum(value, target.enumType());
    };
  }

  static String asText(Object value) {
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return value.toString().strip();
  }

  private static BigDecimal parseDecimal(String text) throws ConversionFailure {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new ConversionFailure("not a decimal number", "use digits like 1200.50");
    }
  }

  private static Integer asInteger(Object value) throws ConversionFailure {
    try {
      return value instanceof Integer i ? i : parseDecimal(asText(value)).intValueExact();
    } catch (ArithmeticException e) {
      throw new ConversionFailure("not a whole number", "use digits like 12");
    }
  }

  private static Instant parseInstant(String text) throws ConversionFailure {
    try {
      return TimeFormats.parseDateTime(text, null, ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw new ConversionFailure(
          "not a date-time", "use ISO-8601 such as 2026-03-01T10:00:00Z, or set convert:");
    }
  }

  private static Set<String> asSet(Object value) {
    Set<String> out = new LinkedHashSet<>();
    if (value instanceof Collection<?> c) {
      c.forEach(v -> out.add(asText(v)));
    } else {
      out.add(asText(value));
    }
    return out;
  }

  private static Enum<?> asEnum(Object value, Class<? extends Enum<?>> type)
      throws ConversionFailure {
    String text = asText(value);
    for (Enum<?> constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(text)) {
        return constant;
      }
    }
    throw new ConversionFailure(
        "not one of "
            + Arrays.toString(type.getEnumConstants())
            + " ("
            + type.getSimpleName().toLowerCase(Locale.ROOT)
            + ")",
        "map the vendor values with convert: picklist and values:, or give a default:");
  }
}
