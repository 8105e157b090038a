package dev.refsync.mappings.mapper;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.core.domain.DomainNormalizer;
import dev.refsync.core.model.Money;
import dev.refsync.mappings.spec.Conversion;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Applies one named conversion to one vendor value (DESIGN 6). */
final class ValueConverter {
  private static final DomainNormalizer DOMAINS = DomainNormalizer.withDefaultFreeMailList();

  private ValueConverter() {}

  /**
   * Parameters of a conversion taken from the field rule.
   *
   * @param pattern date / datetime pattern; may be null
   * @param zone time zone; may be null for UTC
   * @param values picklist map, vendor value to canonical value
   * @param currencyCode minor_units: the record's currency code; may be null
   */
  record Params(String pattern, String zone, Map<String, String> values, String currencyCode) {}

  static Object convert(Conversion conversion, JsonNode value, Params p) throws ConversionFailure {
    return switch (conversion) {
      case STRING -> text(value);
      case LOWERCASE -> text(value).toLowerCase(Locale.ROOT);
      case UPPERCASE -> text(value).toUpperCase(Locale.ROOT);
      case DECIMAL -> decimal(value);
      case INTEGER -> integer(value);
      case MINOR_UNITS -> minorUnits(value, p.currencyCode());
      case DATE -> time(value, p, true);
      case DATETIME -> time(value, p, false);
      case EPOCH_SECONDS -> Instant.ofEpochSecond(wholeNumber(value).longValueExact());
      case EPOCH_MILLIS -> Instant.ofEpochMilli(wholeNumber(value).longValueExact());
      case BOOLEAN -> bool(value);
      case PICKLIST -> picklist(value, p.values());
      case DOMAIN -> domain(text(value));
      case LIST -> list(value);
    };
  }

  static String text(JsonNode value) throws ConversionFailure {
    if (value.isContainerNode()) {
      throw new ConversionFailure(
          "expected a single value but found " + (value.isArray() ? "a list" : "an object"),
          "point from: at a field inside it, e.g. " + "parent.child");
    }
    return value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText().strip();
  }

  static BigDecimal decimal(JsonNode value) throws ConversionFailure {
    if (value.isNumber()) {
      return value.decimalValue();
    }
    String t = text(value);
    try {
      return new BigDecimal(t);
    } catch (NumberFormatException e) {
      throw new ConversionFailure(
          "not a decimal number",
          "the vendor field must hold digits like 1200.50 (no currency sign)");
    }
  }

  private static Integer integer(JsonNode value) throws ConversionFailure {
    try {
      return wholeNumber(value).intValueExact();
    } catch (ArithmeticException e) {
      throw new ConversionFailure("integer out of range", null);
    }
  }

  private static BigInteger wholeNumber(JsonNode value) throws ConversionFailure {
    BigDecimal d = decimal(value);
    try {
      return d.toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new ConversionFailure("not a whole number", "this conversion expects an integer");
    }
  }

  private static BigDecimal minorUnits(JsonNode value, String currency) throws ConversionFailure {
    if (currency == null) {
      throw new ConversionFailure(
          "no currency on the record to convert minor units",
          "the field named by currency: is empty on this record");
    }
    String code = currency.strip().toUpperCase(Locale.ROOT);
    if (!Money.isCurrency(code)) {
      throw new ConversionFailure(
          "unknown currency '" + currency + "'", "expected an ISO 4217 code such as usd or eur");
    }
    int digits = Money.minorUnits(code);
    return new BigDecimal(wholeNumber(value)).movePointLeft(digits).setScale(digits);
  }

  private static Instant time(JsonNode value, Params p, boolean dateOnly) throws ConversionFailure {
    String t = text(value);
    ZoneId zone = TimeFormats.zone(p.zone());
    try {
      return dateOnly
          ? TimeFormats.parseDate(t, p.pattern(), zone)
          : TimeFormats.parseDateTime(t, p.pattern(), zone);
    } catch (DateTimeException e) {
      String expected =
          p.pattern() != null
              ? p.pattern()
              : dateOnly ? "yyyy-MM-dd" : "ISO-8601 such as 2026-03-01T10:00:00Z";
      throw new ConversionFailure(
          "not a " + (dateOnly ? "date" : "date-time") + " in the format " + expected,
          "set pattern: to the vendor's format, or use convert: epoch_seconds / epoch_millis for"
              + " numbers");
    }
  }

  private static Boolean bool(JsonNode value) throws ConversionFailure {
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    String t = text(value).toLowerCase(Locale.ROOT);
    if (t.equals("true") || t.equals("false")) {
      return Boolean.valueOf(t);
    }
    throw new ConversionFailure("not a boolean", "expected true or false");
  }

  private static String picklist(JsonNode value, Map<String, String> values)
      throws ConversionFailure {
    String key = text(value);
    String mapped = values.get(key);
    if (mapped == null) {
      throw new ConversionFailure(
          "value not in the picklist map",
          "add it under values: (known: "
              + String.join(", ", values.keySet())
              + ")"
              + " or give a default:");
    }
    return mapped;
  }

  /**
   * The registrable domain of a URL, host or e-mail address, by the same rules attribution uses
   * (DESIGN 3): {@code https://www.Acme.co.uk/x} and {@code ann@sales.acme.co.uk} both give {@code
   * acme.co.uk}.
   */
  static String domain(String raw) throws ConversionFailure {
    return DOMAINS
        .registrableDomain(raw)
        .orElseThrow(
            () ->
                new ConversionFailure(
                    "'" + raw.strip() + "' is not a company domain, URL or e-mail address",
                    "expected e.g. acme.com, https://www.acme.co.uk or ann@acme.com"));
  }

  private static Set<String> list(JsonNode value) throws ConversionFailure {
    Set<String> out = new LinkedHashSet<>();
    if (value.isArray()) {
      for (JsonNode item : value) {
        if (!PathReader.isAbsent(item)) {
          out.add(text(item));
        }
      }
      return out;
    }
    // Salesforce multi-select picklists and HubSpot multiple checkboxes both separate with ';'.
    for (String part : text(value).split(";")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }
}
