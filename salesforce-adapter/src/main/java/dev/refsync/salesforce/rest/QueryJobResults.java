package dev.refsync.salesforce.rest;

import java.util.List;
import java.util.Map;

/**
 * One chunk of a Bulk API 2.0 query job's results.
 *
 * @param rows each CSV row as column name to text, columns in header order; Bulk writes null as an
 *     empty value
 * @param nextLocator the locator of the next chunk; null on the last
 */
public record QueryJobResults(List<Map<String, String>> rows, String nextLocator) {
  public QueryJobResults {
    rows = List.copyOf(rows);
  }
}
