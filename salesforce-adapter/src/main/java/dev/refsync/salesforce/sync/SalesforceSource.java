package dev.refsync.salesforce.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.core.model.Contact;
import dev.refsync.core.port.DeadLetter;
import dev.refsync.core.port.PullBatch;
import dev.refsync.core.port.PulledRecord;
import dev.refsync.core.port.SourceConnector;
import dev.refsync.core.store.Cursor;
import dev.refsync.mappings.mapper.MappedRecord;
import dev.refsync.mappings.mapper.MappingContext;
import dev.refsync.mappings.mapper.MappingException;
import dev.refsync.mappings.mapper.RecordMapper;
import dev.refsync.mappings.spec.MappingSpec;
import dev.refsync.mappings.spec.RecordKind;
import dev.refsync.mappings.spec.RecordSource;
import dev.refsync.salesforce.rest.QueryPage;
import dev.refsync.salesforce.rest.SalesforceRestClient;
import dev.refsync.salesforce.rest.SalesforceTimes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one Salesforce org incrementally (DESIGN 2 and 9). Each {@link #pull} is one {@code
 * queryAll} from the committed cursor, ordered by {@code (SystemModstamp, Id)} and limited to one
 * page, so a cycle with no change costs one query per object and deleted records (still in the
 * recycle bin) come back flagged {@code IsDeleted} in the same request.
 *
 * <p>Contacts carry their opportunity contact roles as stakeholder roles: a page of contacts reads
 * its contacts' roles, and a page of changed roles ({@value ContactRoles#OBJECT}) re-reads the
 * contacts they belong to, so a role added later reaches the contact without the contact changing.
 * Hard deletions of deals (purged from the recycle bin) come from the delete log, object type
 * {@code Opportunity/deleted}.
 */
public final class SalesforceSource implements SourceConnector {
  /** The suffix of the delete-log feed of a deal object, e.g. {@code Opportunity/deleted}. */
  public static final String DELETIONS = "/deleted";

  static final String CONTACT = "Contact";

  private final String connection;
  private final SalesforceRestClient rest;
  private final RecordMapper mapper;
  private final ObjectFields fields;
  private final ContactRoles roles;
  private final DeletionLog deletions;
  private final BulkBackfill bulk;
  private final int pageSize;
  private final int bulkThreshold;
  private final Clock clock;
  private final List<String> objectTypes;

  /**
   * @param pageSize records per pull, at most 2,000 (one query page)
   * @param bulkThreshold an object's first pull uses Bulk API 2.0 when the org holds more records
   *     of it than this; 0 never
   */
  public SalesforceSource(
      String connection,
      SalesforceRestClient rest,
      MappingSpec mapping,
      int pageSize,
      int bulkThreshold,
      Clock clock) {
    this.connection = Objects.requireNonNull(connection, "connection");
    this.rest = rest;
    this.mapper = new RecordMapper(mapping);
    this.roles = new ContactRoles(rest);
    this.deletions = new DeletionLog(rest, clock);
    this.bulk = new BulkBackfill(rest, clock, d -> Thread.sleep(d.toMillis()));
    this.pageSize = pageSize;
    this.bulkThreshold = bulkThreshold;
    this.clock = clock;
    Map<String, Set<String>> read = fieldsRead(mapping);
    this.fields = new ObjectFields(rest, read);
    this.objectTypes = order(read.keySet(), dealObjects(mapping));
  }

  @Override
  public String connection() {
    return connection;
  }

  /**
   * Accounts first, then contacts and their roles, leads and custom objects, then deals and their
   * deletion log (accounts before the records that point at them).
   */
  @Override
  public List<String> objectTypes() {
    return objectTypes;
  }

  @Override
  public PullBatch pull(String objectType, Optional<Cursor> cursor) {
    if (objectType.endsWith(DELETIONS)) {
      return deletions.pull(
          objectType.substring(0, objectType.length() - DELETIONS.length()), cursor);
    }
    if (!objectTypes.contains(objectType)) {
      throw new IllegalArgumentException(
          connection + " does not read " + objectType + "; it reads " + objectTypes);
    }
    Optional<List<String>> selected = fields.of(objectType);
    if (selected.isEmpty()) {
      return PullBatch.empty();
    }
    if (cursor.isEmpty() && backfillsInBulk(objectType)) {
      List<ObjectNode> rows = bulk.read(objectType, selected.get(), true);
      Map<String, ContactRoles.Roles> contactRoles =
          objectType.equals(CONTACT) ? roles.all(bulk) : Map.of();
      return batch(objectType, rows, contactRoles, false);
    }
    QueryPage page = rest.queryAll(Soql.page(objectType, selected.get(), cursor, pageSize));
    List<ObjectNode> rows = page.records();
    if (objectType.equals(ContactRoles.OBJECT)) {
      return batch(objectType, rows, Map.of(), rows.size() >= pageSize || !page.done());
    }
    Map<String, ContactRoles.Roles> contactRoles =
        objectType.equals(CONTACT) && !rows.isEmpty() ? roles.of(liveIds(rows)) : Map.of();
    return batch(objectType, rows, contactRoles, rows.size() >= pageSize || !page.done());
  }

  /**
   * An object's first pull reads it in bulk when the org holds more than the threshold. Contact
   * roles are always paged: a page of roles re-reads its contacts, which a bulk read cannot.
   */
  private boolean backfillsInBulk(String objectType) {
    return bulkThreshold > 0
        && !objectType.equals(ContactRoles.OBJECT)
        && rest.recordCount(objectType) > bulkThreshold;
  }

  /** The records read, mapped, and the cursor after the last one. */
  private PullBatch batch(
      String objectType,
      List<ObjectNode> rows,
      Map<String, ContactRoles.Roles> contactRoles,
      boolean more) {
    if (rows.isEmpty()) {
      return PullBatch.empty();
    }
    Page out = new Page();
    if (objectType.equals(ContactRoles.OBJECT)) {
      readContactsOfRoles(rows, out);
    } else {
      for (ObjectNode row : rows) {
        String id = row.path("Id").asText();
        Instant stamp = stamp(row);
        if (row.path("IsDeleted").asBoolean(false)) {
          out.records.add(PulledRecord.deleted(objectType, id, stamp));
        } else {
          map(objectType, row, stamp, contactRoles.getOrDefault(id, ContactRoles.Roles.NONE), out);
        }
      }
    }
    ObjectNode last = rows.get(rows.size() - 1);
    return new PullBatch(
        out.records, out.rejected, new Cursor(stamp(last), last.path("Id").asText()), more);
  }

  /**
   * A page of changed roles: every contact they belong to is read again with all its live roles.
   * Its version is the newest of its own stamp, its roles' and the changed roles' (a deleted role
   * too), so it is never older than the contact stored before the change.
   */
  private void readContactsOfRoles(List<ObjectNode> roleRows, Page out) {
    Map<String, Instant> changedAt = new HashMap<>();
    for (ObjectNode role : roleRows) {
      String contact = role.path("ContactId").asText(null);
      if (contact != null && !contact.isBlank()) {
        changedAt.merge(contact, stamp(role), (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    Optional<List<String>> contactFields = fields.of(CONTACT);
    if (contactFields.isEmpty() || changedAt.isEmpty()) {
      return;
    }
    Map<String, ContactRoles.Roles> current = roles.of(changedAt.keySet());
    ContactRoles.forEachChunk(
        changedAt.keySet(),
        chunk ->
            roles.readAll(
                Soql.whereIn(CONTACT, contactFields.get(), "Id", chunk),
                contact -> {
                  String id = contact.path("Id").asText();
                  ContactRoles.Roles r = current.getOrDefault(id, ContactRoles.Roles.NONE);
                  Instant version = latest(stamp(contact), changedAt.get(id));
                  map(CONTACT, contact, version, r, out);
                }));
  }

  private void map(
      String objectType, ObjectNode row, Instant stamp, ContactRoles.Roles contactRoles, Page out) {
    String id = row.path("Id").asText();
    try {
      List<Object> canonical = new ArrayList<>();
      for (MappedRecord mapped : mapper.map(objectType, row, MappingContext.empty())) {
        canonical.add(
            mapped.kind() == RecordKind.CONTACT
                ? withRoles(mapped.as(Contact.class), contactRoles.names())
                : mapped.record());
      }
      out.records.add(
          PulledRecord.live(objectType, id, latest(stamp, contactRoles.newest()), canonical));
    } catch (MappingException | IllegalArgumentException | NullPointerException e) {
      out.rejected.add(
          new DeadLetter(
              connection, objectType, id, row.toString(), e.getMessage(), clock.instant()));
    }
  }

  private static Contact withRoles(Contact contact, Set<String> roles) {
    if (roles.isEmpty()) {
      return contact;
    }
    Set<String> all = new TreeSet<>(contact.roles());
    all.addAll(roles);
    return new Contact(contact.id(), contact.accountId(), contact.email(), contact.name(), all);
  }

  private static List<String> liveIds(List<ObjectNode> rows) {
    return rows.stream()
        .filter(r -> !r.path("IsDeleted").asBoolean(false))
        .map(r -> r.path("Id").asText())
        .toList();
  }

  private static Instant stamp(ObjectNode row) {
    return SalesforceTimes.parse(row.path("SystemModstamp").asText(null));
  }

  private static Instant latest(Instant a, Instant b) {
    return b == null || a.isAfter(b) ? a : b;
  }

  /** Per vendor object, the fields every mapping source of it reads. */
  private static Map<String, Set<String>> fieldsRead(MappingSpec mapping) {
    Map<String, Set<String>> read = new LinkedHashMap<>();
    for (List<RecordSource> sources : mapping.records().values()) {
      for (RecordSource source : sources) {
        read.computeIfAbsent(source.object(), k -> new LinkedHashSet<>())
            .addAll(source.vendorFieldsRead());
      }
    }
    if (read.containsKey(CONTACT)) {
      read.put(ContactRoles.OBJECT, new LinkedHashSet<>(List.of("ContactId", "Role")));
    }
    return read;
  }

  private static Set<String> dealObjects(MappingSpec mapping) {
    Set<String> deals = new LinkedHashSet<>();
    mapping.sources(RecordKind.DEAL).forEach(s -> deals.add(s.object()));
    return deals;
  }

  private static List<String> order(Set<String> objects, Set<String> deals) {
    List<String> first = new ArrayList<>();
    for (String standard : List.of("Account", CONTACT, ContactRoles.OBJECT, "Lead")) {
      if (objects.contains(standard)) {
        first.add(standard);
      }
    }
    List<String> rest = new ArrayList<>(new TreeSet<>(objects));
    rest.removeAll(first);
    rest.removeAll(deals);
    List<String> out = new ArrayList<>(first);
    out.addAll(rest);
    for (String deal : deals) {
      out.add(deal);
      out.add(deal + DELETIONS);
    }
    return List.copyOf(out);
  }

  private static final class Page {
    final List<PulledRecord> records = new ArrayList<>();
    final List<DeadLetter> rejected = new ArrayList<>();
  }
}
