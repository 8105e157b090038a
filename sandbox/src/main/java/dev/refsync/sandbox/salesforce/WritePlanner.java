package dev.refsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Validates writes before anything is applied, so all-or-none can refuse a whole request: type and
 * target lookup, field names and values, required fields, references, unique and external-id
 * clashes (against the store and within the request), and injected row locks. Runs under the store
 * lock.
 */
final class WritePlanner {

  private final SalesforceStore store;

  /**
   * Live records by the matching form of one field's value ({@link #matchKey}), per type and field,
   * built once per request: a 200-record upsert into a type holding n records then costs O(n), not
   * O(200 × n). The request's own writes are applied after planning, so the index stays exact.
   */
  private final Map<String, Map<String, List<SObjectRecord>>> valueIndex = new HashMap<>();

  WritePlanner(SalesforceStore store) {
    this.store = store;
  }

  List<WritePlan> plan(List<WriteOp> ops) {
    List<WritePlan> plans = new ArrayList<>();
    for (WriteOp op : ops) {
      plans.add(plan(op));
    }
    markDuplicatesWithinRequest(plans);
    return plans;
  }

  private WritePlan plan(WriteOp op) {
    WritePlan p = new WritePlan(op);
    String typeName = op.typeName();
    if (typeName == null && op.id() != null) {
      typeName =
          SalesforceIds.normalize(op.id())
              .flatMap(id -> store.schema().typeForPrefix(SalesforceIds.keyPrefix(id)))
              .map(SObjectDef::name)
              .orElse(null);
    }
    if (typeName == null) {
      p.errors.add(
          RecordError.of(
              "INVALID_TYPE", "No SObject Type defined in the attributes section of the record"));
      return p;
    }
    Optional<SObjectDef> type = store.schema().type(typeName);
    if (type.isEmpty()) {
      p.errors.add(RecordError.of("INVALID_TYPE", "Unable to find SObject type: " + typeName));
      return p;
    }
    p.type = type.get();
    if (!locateTarget(p)) {
      return p;
    }
    collectChanges(p);
    if (p.errors.isEmpty()) {
      checkRequired(p);
      checkReferences(p);
      checkUnique(p);
    }
    if (p.errors.isEmpty()
        && store.locks().consume(p.existing == null ? null : p.existing.id(), p.externalKey)) {
      String id = p.existing == null ? p.externalKey : p.existing.id();
      p.errors.add(
          RecordError.of(
              SalesforceErrors.UNABLE_TO_LOCK_ROW,
              "unable to obtain exclusive access to this record or 1 records: " + id));
    }
    return p;
  }

  /** Finds the record an update or upsert targets; false when that already failed the op. */
  private boolean locateTarget(WritePlan p) {
    WriteOp op = p.op;
    switch (op.kind()) {
      case CREATE -> {
        return true;
      }
      case UPDATE -> {
        if (op.id() == null) {
          p.errors.add(RecordError.of("MISSING_ARGUMENT", "Id not specified in an update call"));
          return false;
        }
        Optional<String> id = SalesforceIds.normalize(op.id());
        Optional<SObjectRecord> found =
            id.map(i -> store.stored(p.type, i)).filter(r -> !r.deleted());
        if (found.isEmpty()) {
          boolean deleted = id.map(i -> store.stored(p.type, i)).isPresent();
          p.errors.add(
              deleted
                  ? RecordError.of(SalesforceErrors.ENTITY_IS_DELETED, "entity is deleted")
                  : RecordError.of(
                      "MALFORMED_ID",
                      p.type.label() + " ID: id value of incorrect type: " + op.id(),
                      "Id"));
          return false;
        }
        p.existing = found.get();
        return true;
      }
      case UPSERT -> {
        return locateUpsertTarget(p);
      }
    }
    throw new IllegalStateException("unknown write kind " + op.kind());
  }

  private boolean locateUpsertTarget(WritePlan p) {
    Optional<FieldDef> key = p.type.field(p.op.externalIdField());
    if (key.isEmpty() || !key.get().usableAsExternalId()) {
      p.errors.add(
          RecordError.of(
              SalesforceErrors.INVALID_FIELD,
              "Field name provided, "
                  + p.op.externalIdField()
                  + " is not an External ID or indexed field for "
                  + p.type.name()));
      return false;
    }
    FieldDef field = key.get();
    JsonNode raw = fieldNode(p.op.body(), field.name());
    if (raw == null || raw.isNull() || raw.asText().isEmpty()) {
      p.errors.add(
          RecordError.of(
              SalesforceErrors.REQUIRED_FIELD_MISSING,
              "Required fields are missing: [" + field.name() + "]",
              field.name()));
      return false;
    }
    p.externalKey = raw.asText();
    p.existing =
        field.type() == FieldType.ID
            ? SalesforceIds.normalize(p.externalKey)
                .map(i -> store.stored(p.type, i))
                .filter(r -> !r.deleted())
                .orElse(null)
            : withValue(p.type, field, p.externalKey).stream().findFirst().orElse(null);
    if (field.type() == FieldType.ID && p.existing == null) {
      p.errors.add(
          RecordError.of(SalesforceErrors.NOT_FOUND, "Provided external ID field does not exist"));
      return false;
    }
    return true;
  }

  private void collectChanges(WritePlan p) {
    boolean creating = p.existing == null;
    Iterator<Map.Entry<String, JsonNode>> it = p.op.body().fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey();
      if (name.equals("attributes") || name.equalsIgnoreCase("id")) {
        continue;
      }
      Optional<FieldDef> field = p.type.field(name);
      if (field.isEmpty()) {
        p.errors.add(
            RecordError.of(
                SalesforceErrors.INVALID_FIELD,
                "No such column '" + name + "' on sobject of type " + p.type.name(),
                name));
        continue;
      }
      FieldDef f = field.get();
      if (creating ? !f.createable() : !f.updateable()) {
        p.errors.add(
            RecordError.of(
                "INVALID_FIELD_FOR_INSERT_UPDATE",
                "Unable to create/update fields: "
                    + f.name()
                    + ". Please check the security settings of this field and verify that it is"
                    + " read/write for your profile or permission set.",
                f.name()));
        continue;
      }
      FieldValues.Coerced value = FieldValues.coerce(f, e.getValue());
      if (value.error() != null) {
        p.errors.add(value.error());
      } else {
        p.changes.put(f.name(), value.value());
      }
    }
  }

  private void checkRequired(WritePlan p) {
    List<String> missing = new ArrayList<>();
    for (FieldDef f : p.type.fields()) {
      if (!f.required()) {
        continue;
      }
      boolean absent =
          p.existing == null
              ? p.changes.get(f.name()) == null
              : p.changes.containsKey(f.name()) && p.changes.get(f.name()) == null;
      if (absent) {
        missing.add(f.name());
      }
    }
    if (!missing.isEmpty()) {
      p.errors.add(
          new RecordError(
              SalesforceErrors.REQUIRED_FIELD_MISSING,
              "Required fields are missing: " + missing.toString().replace(", ", ","),
              missing));
    }
  }

  private void checkReferences(WritePlan p) {
    for (Map.Entry<String, Object> e : p.changes.entrySet()) {
      FieldDef f = p.type.field(e.getKey()).orElseThrow();
      if (f.type() != FieldType.REFERENCE || e.getValue() == null) {
        continue;
      }
      String id = (String) e.getValue();
      Optional<SObjectDef> target = store.schema().type(f.referenceTo());
      boolean exists =
          target.isPresent()
              && target.get().keyPrefix().equals(SalesforceIds.keyPrefix(id))
              && Optional.ofNullable(store.stored(target.get(), id))
                  .filter(r -> !r.deleted())
                  .isPresent();
      if (!exists) {
        p.errors.add(
            RecordError.of(
                "INVALID_CROSS_REFERENCE_KEY",
                f.label() + ": id value of incorrect type: " + id,
                f.name()));
      }
    }
  }

  private void checkUnique(WritePlan p) {
    for (Map.Entry<String, Object> e : p.changes.entrySet()) {
      FieldDef f = p.type.field(e.getKey()).orElseThrow();
      if (!f.unique() || e.getValue() == null) {
        continue;
      }
      for (SObjectRecord other : withValue(p.type, f, e.getValue().toString())) {
        if (other != p.existing) {
          p.errors.add(duplicate(f, other.id()));
        }
      }
    }
  }

  /**
   * Two records of one request naming the same external id (or the same unique value) all fail with
   * {@code DUPLICATE_VALUE}: Salesforce cannot tell which should win.
   */
  private static void markDuplicatesWithinRequest(List<WritePlan> plans) {
    Map<String, List<WritePlan>> byKey = new LinkedHashMap<>();
    Map<String, String[]> shown = new HashMap<>();
    for (WritePlan p : plans) {
      if (p.type == null) {
        continue;
      }
      String upsertKey = p.op.externalIdField() == null ? "" : p.op.externalIdField();
      if (p.externalKey != null) {
        addKey(byKey, shown, p, upsertKey, p.externalKey);
      }
      for (Map.Entry<String, Object> e : p.changes.entrySet()) {
        FieldDef f = p.type.field(e.getKey()).orElseThrow();
        if (f.unique() && e.getValue() != null && !f.name().equalsIgnoreCase(upsertKey)) {
          addKey(byKey, shown, p, f.name(), e.getValue().toString());
        }
      }
    }
    byKey.forEach(
        (key, sharing) -> {
          if (sharing.size() > 1) {
            String[] fieldAndValue = shown.get(key);
            for (WritePlan p : sharing) {
              if (p.errors.isEmpty()) {
                p.errors.add(
                    RecordError.of(
                        SalesforceErrors.DUPLICATE_VALUE,
                        "Duplicate external id specified: " + fieldAndValue[1],
                        fieldAndValue[0]));
              }
            }
          }
        });
  }

  private static void addKey(
      Map<String, List<WritePlan>> byKey,
      Map<String, String[]> shown,
      WritePlan p,
      String field,
      String value) {
    String key =
        p.type.name() + "|" + field.toLowerCase(Locale.ROOT) + "|" + value.toLowerCase(Locale.ROOT);
    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
    shown.putIfAbsent(key, new String[] {field, value});
  }

  private static RecordError duplicate(FieldDef f, String otherId) {
    return RecordError.of(
        SalesforceErrors.DUPLICATE_VALUE,
        "duplicate value found: " + f.name() + " duplicates value on record with id: " + otherId,
        f.name());
  }

  /** The live records of {@code type} whose {@code field} matches {@code candidate}, id order. */
  private List<SObjectRecord> withValue(SObjectDef type, FieldDef field, String candidate) {
    Map<String, List<SObjectRecord>> index =
        valueIndex.computeIfAbsent(
            type.name() + "." + field.name(),
            k -> {
              Map<String, List<SObjectRecord>> byValue = new HashMap<>();
              for (SObjectRecord r : store.records(type, false)) {
                Object stored = r.get(field);
                if (stored != null) {
                  byValue
                      .computeIfAbsent(matchKey(field, stored.toString()), v -> new ArrayList<>())
                      .add(r);
                }
              }
              return byValue;
            });
    return index.getOrDefault(matchKey(field, candidate), List.of());
  }

  /** Unique and external-id text matches ignore case, as Salesforce's default unique does. */
  private static String matchKey(FieldDef field, String value) {
    return field.type().kind() == FieldType.Kind.ID ? value : value.toLowerCase(Locale.ROOT);
  }

  private static JsonNode fieldNode(JsonNode body, String fieldName) {
    Iterator<Map.Entry<String, JsonNode>> it = body.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equalsIgnoreCase(fieldName)) {
        return e.getValue();
      }
    }
    return null;
  }
}
