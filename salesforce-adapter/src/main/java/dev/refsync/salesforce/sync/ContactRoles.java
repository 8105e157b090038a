package dev.refsync.salesforce.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.salesforce.rest.QueryPage;
import dev.refsync.salesforce.rest.SalesforceRestClient;
import dev.refsync.salesforce.rest.SalesforceTimes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads the opportunity contact roles of a set of contacts, which become the contacts' stakeholder
 * roles ({@code Contact.roles}, DESIGN 3): {@code Decision Maker} becomes {@code DECISION_MAKER}.
 * One query per {@value #CHUNK} contacts, live roles only (a deleted role is no role).
 */
final class ContactRoles {
  static final String OBJECT = "OpportunityContactRole";

  /**
   * Ids per {@code IN} list: 300 quoted 18-character ids keep the query URL near 7 KB, under the 16
   * KB request line limit of a GET query (REST API guide, "Query" resource: long SOQL belongs in a
   * POST, which Refsync does not need with this chunk size).
   */
  static final int CHUNK = 300;

  private static final List<String> FIELDS = List.of("ContactId", "Role", "SystemModstamp");

  private final SalesforceRestClient rest;

  ContactRoles(SalesforceRestClient rest) {
    this.rest = rest;
  }

  /** What the roles of one contact add to it: the role names and the newest role's stamp. */
  record Roles(Set<String> names, Instant newest) {
    static final Roles NONE = new Roles(Set.of(), null);
  }

  /** The live roles of each contact; contacts without any are absent. */
  Map<String, Roles> of(Collection<String> contactIds) {
    Collector collector = new Collector();
    forEachChunk(
        contactIds,
        chunk -> readAll(Soql.whereIn(OBJECT, FIELDS, "ContactId", chunk), collector::add));
    return collector.roles();
  }

  /** The live roles of every contact, from one Bulk job (a backfill of contacts). */
  Map<String, Roles> all(BulkBackfill bulk) {
    Collector collector = new Collector();
    bulk.read(OBJECT, FIELDS, false).forEach(collector::add);
    return collector.roles();
  }

  /** Groups role records by contact. */
  private static final class Collector {
    private final Map<String, TreeSet<String>> names = new HashMap<>();
    private final Map<String, Instant> newest = new HashMap<>();

    void add(JsonNode role) {
      String contact = role.path("ContactId").asText();
      Instant stamp = SalesforceTimes.parse(role.path("SystemModstamp").asText());
      newest.merge(contact, stamp, (a, b) -> a.isAfter(b) ? a : b);
      TreeSet<String> set = names.computeIfAbsent(contact, k -> new TreeSet<>());
      JsonNode name = role.path("Role");
      if (name.isTextual() && !name.asText().isBlank()) {
        set.add(canonical(name.asText()));
      }
    }

    Map<String, Roles> roles() {
      Map<String, Roles> out = new HashMap<>();
      names.forEach((contact, set) -> out.put(contact, new Roles(set, newest.get(contact))));
      return out;
    }
  }

  /** Every record of a query, following {@code nextRecordsUrl}. */
  void readAll(String soql, Consumer<ObjectNode> each) {
    QueryPage page = rest.query(soql);
    page.records().forEach(each);
    while (!page.done() && page.nextRecordsUrl() != null) {
      page = rest.queryMore(page.nextRecordsUrl());
      page.records().forEach(each);
    }
  }

  static void forEachChunk(Collection<String> ids, Consumer<List<String>> action) {
    List<String> all = new ArrayList<>(new TreeSet<>(ids));
    for (int i = 0; i < all.size(); i += CHUNK) {
      action.accept(all.subList(i, Math.min(all.size(), i + CHUNK)));
    }
  }

  /** {@code Decision Maker} → {@code DECISION_MAKER}; {@code Economic Buyer} → ... */
  static String canonical(String role) {
    return role.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
  }
}
