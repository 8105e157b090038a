package dev.refsync.hubspot.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.core.model.Contact;
import dev.refsync.core.port.DeadLetter;
import dev.refsync.core.port.PulledRecord;
import dev.refsync.hubspot.client.HubSpotObject;
import dev.refsync.mappings.mapper.MappedRecord;
import dev.refsync.mappings.mapper.MappingContext;
import dev.refsync.mappings.mapper.MappingException;
import dev.refsync.mappings.mapper.RecordMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a page of HubSpot objects into pulled records: reads their associations, maps each through
 * the mapping file and dead-letters any record that does not map (with the mapper's message naming
 * record, field and value) instead of stopping the page (DESIGN 9).
 */
final class RecordAssembler {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String connection;
  private final RecordMapper mapper;
  private final AssociationReader associations;
  private final Clock clock;

  RecordAssembler(
      String connection, RecordMapper mapper, AssociationReader associations, Clock clock) {
    this.connection = connection;
    this.mapper = mapper;
    this.associations = associations;
    this.clock = clock;
  }

  /** The records and rejects of one page, in the page's order. */
  Assembled assemble(ObjectReadSpec spec, List<HubSpotObject> objects) {
    if (objects.isEmpty()) {
      return new Assembled(List.of(), List.of());
    }
    List<String> ids = objects.stream().map(HubSpotObject::id).toList();
    Map<String, Map<String, List<String>>> associated = new HashMap<>();
    for (String to : spec.associations()) {
      associated.put(to, associations.ids(spec.objectType(), to, ids));
    }
    Map<String, Set<String>> roles =
        spec.readsRoles()
            ? associations.roles(spec.objectType(), ObjectReadSpec.ROLE_SOURCE, ids)
            : Map.of();
    List<PulledRecord> records = new ArrayList<>();
    List<DeadLetter> rejected = new ArrayList<>();
    for (HubSpotObject object : objects) {
      Map<String, List<String>> context = new HashMap<>();
      associated.forEach((to, byId) -> context.put(to, byId.getOrDefault(object.id(), List.of())));
      Instant modifiedAt = ModifiedTimes.of(object, spec.lastModifiedProperty());
      ObjectNode json = json(object);
      try {
        List<Object> canonical = new ArrayList<>();
        for (MappedRecord mapped :
            mapper.map(spec.objectType(), json, new MappingContext(context))) {
          canonical.add(withRoles(mapped.record(), roles.getOrDefault(object.id(), Set.of())));
        }
        records.add(PulledRecord.live(spec.objectType(), object.id(), modifiedAt, canonical));
      } catch (MappingException e) {
        rejected.add(
            new DeadLetter(
                connection,
                spec.objectType(),
                object.id(),
                json.toString(),
                e.getMessage(),
                clock.instant()));
      }
    }
    return new Assembled(records, rejected);
  }

  /** The record as the mapping file sees it: CRM v3 JSON, every property with a value a string. */
  static ObjectNode json(HubSpotObject object) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", object.id());
    ObjectNode properties = n.putObject("properties");
    // HubSpot returns every requested property, unset ones as null (or "" once cleared); the
    // mapping's `present:` conditions mean "has a value", so those are left out.
    object
        .properties()
        .forEach(
            (name, value) -> {
              if (value != null && !value.isEmpty()) {
                properties.put(name, value);
              }
            });
    if (object.createdAt() != null) {
      n.put("createdAt", object.createdAt().toString());
    }
    if (object.updatedAt() != null) {
      n.put("updatedAt", object.updatedAt().toString());
    }
    n.put("archived", object.archived());
    return n;
  }

  /** Deal-contact association labels are the contact's stakeholder roles (DESIGN 3). */
  private static Object withRoles(Record record, Set<String> roles) {
    if (record instanceof Contact c && !roles.isEmpty()) {
      Set<String> all = new TreeSet<>(c.roles());
      all.addAll(roles);
      return new Contact(c.id(), c.accountId(), c.email(), c.name(), all);
    }
    return record;
  }

  record Assembled(List<PulledRecord> records, List<DeadLetter> rejected) {}
}
