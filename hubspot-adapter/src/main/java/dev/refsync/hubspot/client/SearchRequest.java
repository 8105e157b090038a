package dev.refsync.hubspot.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Body of {@code POST /crm/v3/objects/{type}/search}: filter groups are OR-ed, filters in a group
 * AND-ed; one sort at most; {@code limit} ≤ 200 and {@code after + limit} ≤ 10,000 (VENDOR-FACTS).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchRequest(
    List<FilterGroup> filterGroups,
    List<Sort> sorts,
    String query,
    List<String> properties,
    Integer limit,
    String after) {

  /** Filters AND-ed together. */
  public record FilterGroup(List<Filter> filters) {}

  /** One filter; {@code highValue} for BETWEEN, {@code values} for IN / NOT_IN. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Filter(
      String propertyName, String operator, String value, String highValue, List<String> values) {
    public static Filter of(String propertyName, String operator, String value) {
      return new Filter(propertyName, operator, value, null, null);
    }
  }

  /** {@code direction} is ASCENDING or DESCENDING. */
  public record Sort(String propertyName, String direction) {}
}
