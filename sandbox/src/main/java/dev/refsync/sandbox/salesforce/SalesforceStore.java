package dev.refsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.Json;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Every record of the org, by type and id (ids grow with creation, so a {@link TreeMap} iterates in
 * creation order). Writes are checked first by {@link WritePlanner} and applied only when allowed
 * (all-or-none). One lock guards records and schema.
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
  private final List<Deletion> deleteLog = new ArrayList<>();

  /** One entry of the delete log getDeleted reads: kept after the record is purged. */
  record Deletion(String type, String id, Instant deletedDate) {}

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
          deleteLog.add(new Deletion(r.type().name(), r.id(), now()));
        });
    return record.isPresent();
  }

  /** Removes a record for good, as after the recycle bin is emptied (not even queryAll sees it). */
  synchronized boolean hardDelete(String id) {
    Optional<SObjectRecord> record = find(id);
    record.ifPresent(
        r -> {
          // A record purged from the recycle bin keeps the deletion date it was binned with.
          if (!r.deleted()) {
            deleteLog.add(new Deletion(r.type().name(), r.id(), now()));
          }
          table(r.type()).remove(r.id());
        });
    return record.isPresent();
  }

  /** The delete log of a type, oldest first. */
  synchronized List<Deletion> deletions(String type) {
    return deleteLog.stream().filter(d -> d.type().equals(type)).toList();
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
    List<WritePlan> plans = new WritePlanner(this).plan(ops);
    boolean anyFailed = plans.stream().anyMatch(p -> !p.errors.isEmpty());
    List<WriteResult> results = new ArrayList<>();
    for (WritePlan p : plans) {
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

  /** The stored record of {@code type} with {@code id}, deleted or not, or null. Hold the lock. */
  SObjectRecord stored(SObjectDef type, String id) {
    return table(type).get(id);
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

  private WriteResult apply(WritePlan p) {
    Instant now = now();
    SObjectRecord record = p.existing == null ? newRecord(p.type, now) : p.existing;
    p.changes.forEach(record::put);
    derive(record);
    record.put("LastModifiedDate", now);
    record.put("SystemModstamp", now);
    return WriteResult.ok(record.id(), p.existing == null);
  }
}
