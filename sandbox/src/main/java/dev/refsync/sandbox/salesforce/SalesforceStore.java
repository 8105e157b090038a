package dev.refsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.Json;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Every record of the org, by type and id (ids grow with creation, so a {@link TreeMap} iterates in
 * creation order), and the write rules: field validation, required fields, unique and external-id
 * clashes, lock faults, and all-or-none rollback. One lock guards records and schema.
 */
final class SalesforceStore {

  private static final String ROLLED_BACK =
      "Record rolled back because not all records were valid and the request was using AllOrNone"
          + " header";

  private final Clock clock;
  private final SalesforceSchema schema = new SalesforceSchema();
  private final RecordLocks locks = new RecordLocks();
  private final Map<String, TreeMap<String, SObjectRecord>> byType = new HashMap<>();
  private final Map<String, Long> sequences = new HashMap<>();

  SalesforceStore(Clock clock) {
    this.clock = clock;
  }

  Clock clock() {
    return clock;
  }

  RecordLocks locks() {
    return locks;
  }

  /** Runs {@code action} under the store lock: queries, describes and provisioning use this. */
  synchronized <T> T read(Supplier<T> action) {
    return action.get();
  }

  /** The schema; callers outside the store must hold the lock via {@link #read}. */
  SalesforceSchema schema() {
    return schema;
  }

  synchronized Optional<SObjectRecord> find(String id) {
    return SalesforceIds.normalize(id)
        .flatMap(n -> schema.typeForPrefix(SalesforceIds.keyPrefix(n)).map(t -> table(t).get(n)));
  }

  /**
   * Records of a type in id order; deleted ones only with {@code includeDeleted}. Hold the lock.
   */
  List<SObjectRecord> records(SObjectDef type, boolean includeDeleted) {
    List<SObjectRecord> out = new ArrayList<>();
    for (SObjectRecord r : table(type).values()) {
      if (includeDeleted || !r.deleted()) {
        out.add(r);
      }
    }
    return out;
  }

  /** Moves a record to the recycle bin: {@code IsDeleted = true}, visible to queryAll only. */
  synchronized boolean softDelete(String id) {
    Optional<SObjectRecord> record = find(id).filter(r -> !r.deleted());
    record.ifPresent(
        r -> {
          r.put("IsDeleted", true);
          r.put("SystemModstamp", now());
        });
    return record.isPresent();
  }

  /** Removes a record for good, as after the recycle bin is emptied (not even queryAll sees it). */
  synchronized boolean hardDelete(String id) {
    Optional<SObjectRecord> record = find(id);
    record.ifPresent(r -> table(r.type()).remove(r.id()));
    return record.isPresent();
  }

  /** Inserts a record as seeding does: no validation, explicit audit timestamps. */
  synchronized String insert(
      SObjectDef type, Map<String, Object> values, Instant created, Instant modified) {
    SObjectRecord record = newRecord(type, created);
    values.forEach(record::put);
    derive(record);
    record.put("LastModifiedDate", modified);
    record.put("SystemModstamp", modified);
    return record.id();
  }

  /**
   * Applies the writes; with {@code allOrNone} one failure rolls all back and every other record
   * reports {@code ALL_OR_NONE_OPERATION_ROLLED_BACK}.
   */
  synchronized List<WriteResult> write(List<WriteOp> ops, boolean allOrNone) {
    List<Plan> plans = new ArrayList<>();
    for (WriteOp op : ops) {
      plans.add(plan(op));
    }
    markDuplicatesWithinRequest(plans);
    boolean anyFailed = plans.stream().anyMatch(p -> !p.errors.isEmpty());
    List<WriteResult> results = new ArrayList<>();
    for (Plan p : plans) {
      if (!p.errors.isEmpty()) {
        results.add(WriteResult.failed(p.existing == null ? null : p.existing.id(), p.errors));
      } else if (allOrNone && anyFailed) {
        results.add(
            WriteResult.failed(
                p.existing == null ? null : p.existing.id(),
                List.of(RecordError.of("ALL_OR_NONE_OPERATION_ROLLED_BACK", ROLLED_BACK))));
      } else {
        results.add(apply(p));
      }
    }
    return results;
  }

  /** Everything stored, for {@code stateDump()}: types with their custom fields, then records. */
  synchronized JsonNode dump() {
    ObjectNode out = Json.object();
    ObjectNode records = out.putObject("records");
    for (SObjectDef type : schema.types()) {
      ObjectNode t = records.putObject(type.name());
      for (SObjectRecord r : table(type).values()) {
        ObjectNode rec = t.putObject(r.id());
        r.values().forEach((k, v) -> rec.set(k, FieldValues.toJson(v)));
      }
    }
    return out;
  }

  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private TreeMap<String, SObjectRecord> table(SObjectDef type) {
    return byType.computeIfAbsent(type.name(), k -> new TreeMap<>());
  }

  private SObjectRecord newRecord(SObjectDef type, Instant created) {
    long seq = sequences.merge(type.keyPrefix(), 1L, Long::sum);
    SObjectRecord record = new SObjectRecord(SalesforceIds.id(type.keyPrefix(), seq), type);
    record.put("Id", record.id());
    record.put("IsDeleted", false);
    record.put("CreatedDate", created);
    record.put("LastModifiedDate", created);
    record.put("SystemModstamp", created);
    for (FieldDef f : type.fields()) {
      if (f.type() == FieldType.BOOLEAN && record.get(f) == null) {
        record.put(f.name(), false);
      }
    }
    if (type.name().equals("Lead")) {
      record.put("Status", SalesforceSchema.LEAD_STATUSES.get(0));
    }
    table(type).put(record.id(), record);
    return record;
  }

  /** Platform-computed fields: compound names and the stage flags of an Opportunity. */
  private static void derive(SObjectRecord record) {
    String type = record.type().name();
    if (type.equals("Contact") || type.equals("Lead")) {
      Object first = record.get("FirstName");
      Object last = record.get("LastName");
      record.put("Name", first == null ? last : first + (last == null ? "" : " " + last));
    }
    if (type.equals("Opportunity")) {
      Object stage = record.get("StageName");
      record.put("IsClosed", stage != null && stage.toString().startsWith("Closed"));
      record.put("IsWon", "Closed Won".equals(stage));
    }
  }

  private WriteResult apply(Plan p) {
    Instant now = now();
    SObjectRecord record = p.existing == null ? newRecord(p.type, now) : p.existing;
    p.changes.forEach(record::put);
    derive(record);
    record.put("LastModifiedDate", now);
    record.put("SystemModstamp", now);
    return WriteResult.ok(record.id(), p.existing == null);
  }

  /** What one op would do, or why it cannot. */
  private static final class Plan {
    final WriteOp op;
    SObjectDef type;
    SObjectRecord existing;
    String externalKey;
    final Map<String, Object> changes = new LinkedHashMap<>();
    final List<RecordError> errors = new ArrayList<>();

    Plan(WriteOp op) {
      this.op = op;
    }
  }

  private Plan plan(WriteOp op) {
    Plan p = new Plan(op);
    String typeName = op.typeName();
    if (typeName == null && op.id() != null) {
      typeName =
          SalesforceIds.normalize(op.id())
              .flatMap(id -> schema.typeForPrefix(SalesforceIds.keyPrefix(id)))
              .map(SObjectDef::name)
              .orElse(null);
    }
    if (typeName == null) {
      p.errors.add(
          RecordError.of(
              "INVALID_TYPE", "No SObject Type defined in the attributes section of the record"));
      return p;
    }
    Optional<SObjectDef> type = schema.type(typeName);
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
        && locks.consume(p.existing == null ? null : p.existing.id(), p.externalKey)) {
      String id = p.existing == null ? p.externalKey : p.existing.id();
      p.errors.add(
          RecordError.of(
              SalesforceErrors.UNABLE_TO_LOCK_ROW,
              "unable to obtain exclusive access to this record or 1 records: " + id));
    }
    return p;
  }

  /** Finds the record an update or upsert targets; false when that already failed the op. */
  private boolean locateTarget(Plan p) {
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
        Optional<SObjectRecord> found = id.map(i -> table(p.type).get(i)).filter(r -> !r.deleted());
        if (found.isEmpty()) {
          boolean deleted = id.map(i -> table(p.type).get(i)).isPresent();
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

  private boolean locateUpsertTarget(Plan p) {
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
                .map(i -> table(p.type).get(i))
                .filter(r -> !r.deleted())
                .orElse(null)
            : records(p.type, false).stream()
                .filter(r -> sameValue(field, r.get(field), p.externalKey))
                .findFirst()
                .orElse(null);
    if (field.type() == FieldType.ID && p.existing == null) {
      p.errors.add(
          RecordError.of(SalesforceErrors.NOT_FOUND, "Provided external ID field does not exist"));
      return false;
    }
    return true;
  }

  private void collectChanges(Plan p) {
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

  private void checkRequired(Plan p) {
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

  private void checkReferences(Plan p) {
    for (Map.Entry<String, Object> e : p.changes.entrySet()) {
      FieldDef f = p.type.field(e.getKey()).orElseThrow();
      if (f.type() != FieldType.REFERENCE || e.getValue() == null) {
        continue;
      }
      String id = (String) e.getValue();
      Optional<SObjectDef> target = schema.type(f.referenceTo());
      boolean exists =
          target.isPresent()
              && target.get().keyPrefix().equals(SalesforceIds.keyPrefix(id))
              && Optional.ofNullable(table(target.get()).get(id))
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

  private void checkUnique(Plan p) {
    for (Map.Entry<String, Object> e : p.changes.entrySet()) {
      FieldDef f = p.type.field(e.getKey()).orElseThrow();
      if (!f.unique() || e.getValue() == null) {
        continue;
      }
      for (SObjectRecord other : records(p.type, false)) {
        if (other != p.existing && sameValue(f, other.get(f), e.getValue().toString())) {
          p.errors.add(duplicate(f, other.id()));
        }
      }
    }
  }

  /**
   * Two records of one request naming the same external id (or the same unique value) all fail with
   * {@code DUPLICATE_VALUE}: Salesforce cannot tell which should win.
   */
  private static void markDuplicatesWithinRequest(List<Plan> plans) {
    Map<String, List<Plan>> byKey = new LinkedHashMap<>();
    Map<String, String[]> shown = new HashMap<>();
    for (Plan p : plans) {
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
            for (Plan p : sharing) {
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
      Map<String, List<Plan>> byKey,
      Map<String, String[]> shown,
      Plan p,
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

  /** Unique and external-id text matches ignore case, as Salesforce's default unique does. */
  private static boolean sameValue(FieldDef field, Object stored, String candidate) {
    if (stored == null) {
      return false;
    }
    return field.type().kind() == FieldType.Kind.ID
        ? stored.toString().equals(candidate)
        : stored.toString().equalsIgnoreCase(candidate);
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
