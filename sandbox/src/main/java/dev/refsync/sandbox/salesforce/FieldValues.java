package dev.refsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Converts JSON write values to stored values by field type, and stored values back to JSON. */
final class FieldValues {

  /** A converted value, or the per-record error Salesforce would report for it. */
  record Coerced(Object value, RecordError error) {
    static Coerced ok(Object value) {
      return new Coerced(value, null);
    }

    static Coerced fail(RecordError error) {
      return new Coerced(null, error);
    }
  }

  private FieldValues() {}

  static Coerced coerce(FieldDef field, JsonNode node) {
    if (node == null || node.isNull()) {
      return Coerced.ok(field.type() == FieldType.BOOLEAN ? Boolean.FALSE : null);
    }
    if (!node.isValueNode()) {
      return Coerced.fail(
          RecordError.of(
              "INVALID_TYPE_ON_FIELD_IN_RECORD",
              field.label() + ": value not of required type: " + node,
              field.name()));
    }
    String text = node.asText();
    return switch (field.type().kind()) {
      case ID -> id(field, text);
      case TEXT -> text(field, text);
      case BOOLEAN -> bool(field, node, text);
      case NUMBER -> number(field, node, text);
      case DATE ->
          SalesforceTimes.parseDate(text).map(Coerced::ok).orElseGet(() -> wrongType(field, text));
      case DATETIME ->
          SalesforceTimes.parseDateTime(text)
              .map(i -> Coerced.ok(i.truncatedTo(ChronoUnit.MILLIS)))
              .orElseGet(() -> wrongType(field, text));
    };
  }

  static JsonNode toJson(Object value) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (value == null) {
      return f.nullNode();
    }
    if (value instanceof Instant i) {
      return f.textNode(SalesforceTimes.format(i));
    }
    if (value instanceof LocalDate d) {
      return f.textNode(d.toString());
    }
    if (value instanceof BigDecimal b) {
      return f.numberNode(b);
    }
    if (value instanceof Boolean b) {
      return f.booleanNode(b);
    }
    return f.textNode(value.toString());
  }

  private static Coerced id(FieldDef field, String text) {
    Optional<String> id = SalesforceIds.normalize(text);
    return id.map(Coerced::ok)
        .orElseGet(
            () ->
                Coerced.fail(
                    RecordError.of(
                        "MALFORMED_ID",
                        field.label() + ": id value of incorrect type: " + text,
                        field.name())));
  }

  private static Coerced text(FieldDef field, String text) {
    if (text.length() > field.length()) {
      return Coerced.fail(
          RecordError.of(
              "STRING_TOO_LONG",
              field.label()
                  + ": data value too large: "
                  + text
                  + " (max length="
                  + field.length()
                  + ")",
              field.name()));
    }
    return Coerced.ok(text.isEmpty() ? null : text);
  }

  private static Coerced bool(FieldDef field, JsonNode node, String text) {
    if (node.isBoolean() || text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Coerced.ok(Boolean.parseBoolean(text));
    }
    return wrongType(field, text);
  }

  private static Coerced number(FieldDef field, JsonNode node, String text) {
    BigDecimal value;
    try {
      value = node.isNumber() ? node.decimalValue() : new BigDecimal(text);
    } catch (NumberFormatException e) {
      return wrongType(field, text);
    }
    // Salesforce rounds a number to the field's scale (half up) when it saves it.
    BigDecimal scaled = value.setScale(field.scale(), RoundingMode.HALF_UP);
    if (scaled.precision() - scaled.scale() > field.precision() - field.scale()) {
      return Coerced.fail(
          RecordError.of(
              "NUMBER_OUTSIDE_VALID_RANGE",
              field.label() + ": value outside of valid range on numeric field: " + text,
              field.name()));
    }
    return Coerced.ok(scaled);
  }

  private static Coerced wrongType(FieldDef field, String text) {
    return Coerced.fail(
        RecordError.of(
            "INVALID_TYPE_ON_FIELD_IN_RECORD",
            field.label() + ": value not of required type: " + text,
            field.name()));
  }
}
