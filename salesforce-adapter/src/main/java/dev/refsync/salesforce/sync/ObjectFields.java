package dev.refsync.salesforce.sync;

import dev.refsync.core.error.ConnectorApiException;
import dev.refsync.salesforce.rest.FieldDescription;
import dev.refsync.salesforce.rest.SalesforceRestClient;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SOQL field list of each object: the fields the mapping reads that the org has, plus the
 * cursor fields. Each object is described once per runtime (a describe is not a query and is not
 * repeated per cycle): {@code CurrencyIsoCode} exists only in multi-currency orgs and custom fields
 * or objects ({@code Referral__c}) only once provisioned, and selecting a missing one fails the
 * whole query with {@code INVALID_FIELD}. A restart picks up fields added later.
 */
final class ObjectFields {
  private static final Logger log = LoggerFactory.getLogger(ObjectFields.class);
  static final List<String> CURSOR_FIELDS = List.of("Id", "SystemModstamp", "IsDeleted");

  private final SalesforceRestClient rest;
  private final Map<String, Set<String>> wanted;
  private final Map<String, Optional<List<String>>> described = new ConcurrentHashMap<>();

  /**
   * @param wanted per object, the fields the mapping (and the adapter) read, as written there
   */
  ObjectFields(SalesforceRestClient rest, Map<String, Set<String>> wanted) {
    this.rest = rest;
    this.wanted = Map.copyOf(wanted);
  }

  /** The fields to select, in the org's spelling; empty when the org has no such object. */
  Optional<List<String>> of(String objectType) {
    return described.computeIfAbsent(objectType, this::describe);
  }

  private Optional<List<String>> describe(String objectType) {
    List<FieldDescription> fields;
    try {
      fields = rest.describe(objectType).fields();
    } catch (ConnectorApiException e) {
      if (e.httpStatus() == 404) {
        log.warn(
            "Salesforce has no {} object: the mapping reads it, nothing is pulled from it until"
                + " it exists and refsync restarts",
            objectType);
        return Optional.empty();
      }
      throw e;
    }
    Map<String, String> byLowerName =
        fields.stream()
            .collect(
                Collectors.toMap(
                    f -> f.name().toLowerCase(Locale.ROOT), FieldDescription::name, (a, b) -> a));
    Set<String> selected = new LinkedHashSet<>(CURSOR_FIELDS);
    for (String field : wanted.getOrDefault(objectType, Set.of())) {
      String actual = byLowerName.get(field.toLowerCase(Locale.ROOT));
      if (actual != null) {
        selected.add(actual);
      } else {
        log.info(
            "{}.{} is read by the mapping but the org has no such field: it reads as absent",
            objectType,
            field);
      }
    }
    return Optional.of(List.copyOf(selected));
  }
}
