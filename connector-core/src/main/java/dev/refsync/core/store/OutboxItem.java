package dev.refsync.core.store;

import java.util.Objects;

/**
 * A CRM write to make (DESIGN 8): one target record and the JSON body to upsert into it.
 *
 * @param connection the connection that pushes it, e.g. {@code salesforce-main}
 * @param targetType the vendor object written, e.g. {@code Referral_Commission__c}
 * @param targetKey the target's external id or record id, e.g. the ledger entry id
 * @param payload the JSON body; the pusher sends it as is
 */
public record OutboxItem(String connection, String targetType, String targetKey, String payload) {
  public OutboxItem {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(targetType, "targetType");
    Objects.requireNonNull(targetKey, "targetKey");
    Objects.requireNonNull(payload, "payload");
  }
}
