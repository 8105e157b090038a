package dev.refsync.salesforce.rest;

import dev.refsync.salesforce.error.SalesforceError;
import java.util.List;

/**
 * The outcome of one record of an sObject Collections write, in request order.
 *
 * @param id the record id; null when a create failed
 * @param success whether this record was written
 * @param created upsert only: true when the record was inserted rather than updated
 * @param errors why it failed, as Salesforce said
 */
public record SaveResult(
    String id, boolean success, boolean created, List<SalesforceError> errors) {
  public SaveResult {
    errors = List.copyOf(errors);
  }
}
