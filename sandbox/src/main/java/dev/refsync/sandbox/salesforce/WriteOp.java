package dev.refsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One record write as a REST call or a collections element asks for it.
 *
 * @param typeName the sObject type (from the URL or {@code attributes.type}); null when absent
 * @param id the target of an update, else null
 * @param externalIdField the upsert key field, else null
 * @param body the record's JSON fields ({@code attributes} and {@code id} are ignored as fields)
 */
record WriteOp(Kind kind, String typeName, String id, String externalIdField, JsonNode body) {

  enum Kind {
    CREATE,
    UPDATE,
    UPSERT
  }
}
