package dev.refsync.salesforce.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One page of a SOQL result.
 *
 * @param totalSize records matching the whole query
 * @param done true on the last page
 * @param nextRecordsUrl the locator for {@link SalesforceRestClient#queryMore(String)}; null when
 *     done
 * @param records this page's records as Salesforce returned them (with {@code attributes})
 */
public record QueryPage(
    long totalSize, boolean done, String nextRecordsUrl, List<ObjectNode> records) {
  public QueryPage {
    records = List.copyOf(records);
  }
}
