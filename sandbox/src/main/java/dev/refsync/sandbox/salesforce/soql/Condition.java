package dev.refsync.sandbox.salesforce.soql;

import java.util.List;

/** A WHERE clause tree. */
public sealed interface Condition {

  /** All must hold. */
  record And(List<Condition> terms) implements Condition {
    public And {
      terms = List.copyOf(terms);
    }
  }

  /** At least one must hold. */
  record Or(List<Condition> terms) implements Condition {
    public Or {
      terms = List.copyOf(terms);
    }
  }

  record Not(Condition term) implements Condition {}

  /** {@code field op value}, op one of {@code = != < <= > >=}. */
  record Comparison(SoqlQuery.FieldRef field, String operator, SoqlValue value)
      implements Condition {}

  /** {@code field [NOT] IN (v1, v2, …)}. */
  record In(SoqlQuery.FieldRef field, boolean negated, List<SoqlValue> values)
      implements Condition {
    public In {
      values = List.copyOf(values);
    }
  }
}
