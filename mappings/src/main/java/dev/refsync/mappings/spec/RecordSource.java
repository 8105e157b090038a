package dev.refsync.mappings.spec;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One vendor object a canonical record is read from, e.g. Salesforce {@code Lead} for referrals.
 *
 * @param object the vendor object type
 * @param when conditions that must all hold for a record to be read as this kind
 * @param stages deals only: the closed stage values
 * @param fields canonical attribute name to rule
 */
public record RecordSource(
    String object, List<Condition> when, Stages stages, Map<String, FieldRule> fields) {
  public RecordSource {
    when = when == null ? List.of() : List.copyOf(when);
    fields =
        fields == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
  }

  /**
   * The top-level vendor fields this source reads (filters and field paths), so an adapter can
   * select exactly those (a SOQL field list, HubSpot {@code properties=}).
   */
  public Set<String> vendorFieldsRead() {
    Set<String> paths = new LinkedHashSet<>();
    when.forEach(c -> paths.add(c.field()));
    fields.values().forEach(r -> paths.addAll(r.from()));
    fields.values().stream()
        .filter(r -> r.currency() != null)
        .forEach(r -> paths.add(r.currency()));
    return paths;
  }
}
