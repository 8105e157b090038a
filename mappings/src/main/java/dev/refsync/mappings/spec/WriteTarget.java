package dev.refsync.mappings.spec;

import java.util.Map;

/**
 * A vendor object Refsync writes (DESIGN 8).
 *
 * @param object the vendor object, e.g. {@code Referral_Commission__c}
 * @param externalId the upsert key field (holds the canonical id); null for in-place updates
 * @param associateWith HubSpot: the object type to associate the written record to
 * @param fields canonical attribute name to rule
 */
public record WriteTarget(
    String object, String externalId, String associateWith, Map<String, WriteRule> fields) {
  public WriteTarget {
    fields =
        fields == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
  }
}
