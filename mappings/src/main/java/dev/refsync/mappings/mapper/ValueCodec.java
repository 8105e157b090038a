package dev.refsync.mappings.mapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.refsync.mappings.spec.Conversion;
import dev.refsync.mappings.spec.ValueType;
import dev.refsync.mappings.spec.WriteRule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Both directions of one write-back field: canonical value to vendor JSON, and vendor JSON back to
 * the canonical value, with the same conversion, so a round trip is lossless (text is trimmed on
 * the way back, as on every read).
 */
public final class ValueCodec {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ValueCodec() {}

  /**
   * Writes a canonical value.
   *
   * @param textValues the vendor expects text for every field (HubSpot, Stripe)
   */
  public static JsonNode write(ValueType type, WriteRule rule, Object value, boolean textValues) {
    Conversion c = rule.conversionFor(type);
    if (value instanceof Instant instant) {
      ZoneId zone = TimeFormats.zone(rule.zone());
      return switch (c) {
        case DATE -> NODES.textNode(TimeFormats.formatDate(instant, rule.pattern(), zone));
        case EPOCH_SECONDS -> number(BigDecimal.valueOf(instant.getEpochSecond()), textValues);
        case EPOCH_MILLIS -> number(BigDecimal.valueOf(instant.toEpochMilli()), textValues);
        default -> NODES.textNode(TimeFormats.formatDateTime(instant, rule.pattern(), zone));
      };
    }
    if (value instanceof BigDecimal d) {
      return number(d, textValues);
    }
    if (value instanceof Collection<?> items) {
      return NODES.textNode(String.join(";", items.stream().map(String::valueOf).toList()));
    }
    String text = value instanceof Enum<?> e ? e.name() : value.toString();
    return NODES.textNode(
        switch (c) {
          case LOWERCASE -> text.toLowerCase(Locale.ROOT);
          case UPPERCASE -> text.toUpperCase(Locale.ROOT);
          case PICKLIST -> vendorValue(rule.values(), text);
          default -> text;
        });
  }

  /**
   * Reads a vendor value back.
   *
   * @throws UnreadableValueException when it does not convert
   */
  public static Object read(ValueType type, WriteRule rule, JsonNode node) {
    Conversion c = rule.conversionFor(type);
    try {
      Object converted =
          c == Conversion.PICKLIST
              ? rule.values().getOrDefault(ValueConverter.text(node), ValueConverter.text(node))
              : ValueConverter.convert(
                  c, node, new ValueConverter.Params(rule.pattern(), rule.zone(), Map.of(), null));
      return TypedValues.coerce(converted, type);
    } catch (ConversionFailure f) {
      throw new UnreadableValueException(f.getMessage(), f.hint());
    }
  }

  /** The vendor value whose canonical value is this; the canonical value itself when unmapped. */
  private static String vendorValue(Map<String, String> values, String canonical) {
    return values.entrySet().stream()
        .filter(e -> e.getValue().equals(canonical))
        .map(Map.Entry::getKey)
        .sorted()
        .findFirst()
        .orElse(canonical);
  }

  private static JsonNode number(BigDecimal d, boolean textValues) {
    return textValues ? NODES.textNode(d.toPlainString()) : NODES.numberNode(d);
  }

  /** A vendor value that does not read back; the caller names the record and field. */
  public static final class UnreadableValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String hint;

    UnreadableValueException(String message, String hint) {
      super(message);
      this.hint = hint;
    }

    public String hint() {
      return hint;
    }
  }
}
