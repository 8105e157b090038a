package dev.refsync.sandbox.salesforce.soql;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A parsed {@code SELECT … FROM … [WHERE …] [ORDER BY …] [LIMIT n]}.
 *
 * @param text the original statement, for error messages
 * @param objectPosition offset of the object name, for {@code INVALID_TYPE} errors
 */
public record SoqlQuery(
    String text,
    List<FieldRef> fields,
    String object,
    int objectPosition,
    Optional<Condition> where,
    List<OrderItem> orderBy,
    OptionalInt limit) {

  public SoqlQuery {
    fields = List.copyOf(fields);
    orderBy = List.copyOf(orderBy);
  }

  /** A field or relationship path ({@code Account.Name}) and where it appears. */
  public record FieldRef(List<String> path, int position) {
    public FieldRef {
      path = List.copyOf(path);
    }

    public String dotted() {
      return String.join(".", path);
    }
  }

  /**
   * One ORDER BY item.
   *
   * @param nullsFirst explicit NULLS FIRST/LAST, empty for the default (first when ascending)
   */
  public record OrderItem(FieldRef field, boolean descending, Optional<Boolean> nullsFirst) {
    public boolean effectiveNullsFirst() {
      return nullsFirst.orElse(!descending);
    }
  }
}
