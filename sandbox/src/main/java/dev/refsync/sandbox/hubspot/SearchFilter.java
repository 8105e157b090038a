package dev.refsync.sandbox.hubspot;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One search filter (developers.hubspot.com, "CRM search → filter search results"). Values are
 * compared by the property's type: date/datetime as instants (epoch millis or ISO accepted), number
 * as decimals, everything else as case-insensitive strings (HubSpot's index lower-cases string
 * values, which is why its docs ask for lower-case {@code IN} values).
 */
record SearchFilter(
    String propertyName, String operator, String value, String highValue, List<String> values) {

  static final List<String> OPERATORS =
      List.of(
          "EQ",
          "NEQ",
          "LT",
          "LTE",
          "GT",
          "GTE",
          "BETWEEN",
          "IN",
          "NOT_IN",
          "HAS_PROPERTY",
          "NOT_HAS_PROPERTY",
          "CONTAINS_TOKEN",
          "NOT_CONTAINS_TOKEN");

  boolean matches(CrmObject o, Optional<PropertyDef> def) {
    String actual = o.property(propertyName);
    switch (operator) {
      case "HAS_PROPERTY":
        return actual != null;
      case "NOT_HAS_PROPERTY":
        return actual == null;
      case "NEQ":
        return actual == null || compare(actual, value, def) != 0;
      case "NOT_IN":
        return actual == null || values.stream().noneMatch(v -> compare(actual, v, def) == 0);
      case "NOT_CONTAINS_TOKEN":
        return actual == null || !containsToken(actual);
      default:
        break;
    }
    if (actual == null) {
      return false;
    }
    return switch (operator) {
      case "EQ" -> compare(actual, value, def) == 0;
      case "LT" -> compare(actual, value, def) < 0;
      case "LTE" -> compare(actual, value, def) <= 0;
      case "GT" -> compare(actual, value, def) > 0;
      case "GTE" -> compare(actual, value, def) >= 0;
      case "BETWEEN" -> compare(actual, value, def) >= 0 && compare(actual, highValue, def) <= 0;
      case "IN" -> values.stream().anyMatch(v -> compare(actual, v, def) == 0);
      case "CONTAINS_TOKEN" -> containsToken(actual);
      default -> throw new IllegalStateException("operator validated on parse: " + operator);
    };
  }

  private boolean containsToken(String actual) {
    String token = value.toLowerCase(Locale.ROOT).replace("*", "");
    return actual.toLowerCase(Locale.ROOT).contains(token);
  }

  /** Compares two property values by the property's type; shared with sorting. */
  static int compare(String a, String b, Optional<PropertyDef> def) {
    if (def.isPresent() && def.get().isTemporal()) {
      Optional<Instant> x = HubSpotTimes.parse(a);
      Optional<Instant> y = HubSpotTimes.parse(b);
      if (x.isPresent() && y.isPresent()) {
        return x.get().compareTo(y.get());
      }
    }
    if (def.isPresent() && def.get().isNumeric()) {
      try {
        return new BigDecimal(a).compareTo(new BigDecimal(b));
      } catch (NumberFormatException e) {
        // fall through to string comparison, as HubSpot does not reject such filters either
      }
    }
    return a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT));
  }
}
