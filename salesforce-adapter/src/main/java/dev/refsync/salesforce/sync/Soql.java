package dev.refsync.salesforce.sync;

import dev.refsync.core.store.Cursor;
import dev.refsync.salesforce.rest.SalesforceTimes;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The SOQL the source sends; ids and field names only come from Salesforce or the mapping. */
final class Soql {
  private Soql() {}

  /**
   * One page after the cursor (DESIGN 9, VENDOR-FACTS "incremental read"): records at the cursor's
   * time are skipped up to and including its id, so a page boundary inside a run of records sharing
   * one {@code SystemModstamp} loses and repeats nothing.
   */
  static String page(String objectType, List<String> fields, Optional<Cursor> cursor, int limit) {
    StringBuilder soql =
        new StringBuilder("SELECT ")
            .append(String.join(", ", fields))
            .append(" FROM ")
            .append(objectType);
    cursor.ifPresent(
        c -> {
          String t = SalesforceTimes.soqlLiteral(c.time());
          if (c.id().isEmpty()) {
            // A cursor rewound to a time (refsync backfill) has no id to break ties with: read
            // every record of that time again. Salesforce refuses Id > '' as an invalid ID.
            soql.append(" WHERE SystemModstamp >= ").append(t);
            return;
          }
          soql.append(" WHERE SystemModstamp > ")
              .append(t)
              .append(" OR (SystemModstamp = ")
              .append(t)
              .append(" AND Id > ")
              .append(quote(c.id()))
              .append(')');
        });
    return soql.append(" ORDER BY SystemModstamp, Id LIMIT ").append(limit).toString();
  }

  /** {@code SELECT fields FROM type WHERE field IN (ids)}. */
  static String whereIn(
      String objectType, List<String> fields, String field, Collection<String> ids) {
    return "SELECT "
        + String.join(", ", fields)
        + " FROM "
        + objectType
        + " WHERE "
        + field
        + " IN ("
        + ids.stream().map(Soql::quote).collect(Collectors.joining(", "))
        + ")";
  }

  static String quote(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
