package dev.refsync.sandbox.salesforce.soql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A literal in a WHERE clause, with where it appears (for type-mismatch errors). */
public sealed interface SoqlValue {

  int position();

  /** The literal as written, for error messages. */
  String source();

  record Text(String value, int position) implements SoqlValue {
    @Override
    public String source() {
      return "'" + value + "'";
    }
  }

  record Number(BigDecimal value, int position) implements SoqlValue {
    @Override
    public String source() {
      return value.toPlainString();
    }
  }

  record Bool(boolean value, int position) implements SoqlValue {
    @Override
    public String source() {
      return Boolean.toString(value);
    }
  }

  record Null(int position) implements SoqlValue {
    @Override
    public String source() {
      return "null";
    }
  }

  record DateValue(LocalDate value, int position) implements SoqlValue {
    @Override
    public String source() {
      return value.toString();
    }
  }

  record DateTimeValue(Instant value, String source, int position) implements SoqlValue {}
}
