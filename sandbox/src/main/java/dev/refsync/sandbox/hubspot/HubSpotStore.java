package dev.refsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.ErrorResponseException;
import dev.refsync.sandbox.core.Json;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The portal's state: object types, properties, property groups, schemas, records, associations and
 * the webhook events their changes produce. Every method is synchronized on the store, so a batch
 * is atomic the way HubSpot's all-or-nothing validation makes it look.
 */
final class HubSpotStore {

  private final Clock clock;
  private final HubSpotErrors errors;
  private final WriteValidator validator;
  private final long portalId;
  private final long appId;
  private final Map<String, ObjectTypeDef> types = new LinkedHashMap<>();
  private final Map<String, Map<String, PropertyDef>> properties = new HashMap<>();
  private final Map<String, Map<String, ObjectNode>> groups = new HashMap<>();
  private final Map<String, ObjectNode> schemas = new LinkedHashMap<>();
  private final Map<String, TreeMap<Long, CrmObject>> objects = new HashMap<>();
  private final AssociationStore associations = new AssociationStore();
  private final List<WebhookEvent> events = new ArrayList<>();
  private long nextObjectId = 1001;
  private long nextCustomTypeId = 3_500_001;
  private long nextEventId = 1;

  HubSpotStore(Clock clock, HubSpotErrors errors, long portalId, long appId) {
    this.clock = clock;
    this.errors = errors;
    this.validator = new WriteValidator(errors);
    this.portalId = portalId;
    this.appId = appId;
    BuiltInTypes.install(this);
  }

  // ---- types -------------------------------------------------------------------------------

  synchronized void addType(ObjectTypeDef type) {
    types.put(type.objectTypeId(), type);
    properties.put(type.objectTypeId(), new LinkedHashMap<>());
    groups.put(type.objectTypeId(), new LinkedHashMap<>());
    objects.put(type.objectTypeId(), new TreeMap<>());
  }

  /** Resolves a path's objectType: name, singular, {@code 0-1}/{@code 2-NNN} id, or p-name. */
  synchronized ObjectTypeDef type(String ref) {
    String r = ref.toLowerCase(Locale.ROOT);
    for (ObjectTypeDef t : types.values()) {
      if (t.objectTypeId().equals(r)
          || t.name().equalsIgnoreCase(r)
          || t.singular().equalsIgnoreCase(r)
          || t.fullyQualifiedName().equalsIgnoreCase(r)) {
        return t;
      }
    }
    throw errors.notFound("Unable to infer object type from: " + ref);
  }

  synchronized String newCustomTypeId() {
    return "2-" + nextCustomTypeId++;
  }

  long portalId() {
    return portalId;
  }

  Instant now() {
    return clock.instant();
  }

  // ---- properties and groups -----------------------------------------------------------------

  synchronized List<PropertyDef> properties(String typeId) {
    return List.copyOf(properties.get(typeId).values());
  }

  synchronized Optional<PropertyDef> property(String typeId, String name) {
    return Optional.ofNullable(properties.get(typeId).get(name));
  }

  synchronized PropertyDef addProperty(String typeId, PropertyDef def) {
    Map<String, PropertyDef> byName = properties.get(typeId);
    if (byName.containsKey(def.name())) {
      throw new ErrorResponseException(
          errors.response(
              409,
              HubSpotErrors.OBJECT_ALREADY_EXISTS,
              "Property named '" + def.name() + "' already exists."));
    }
    if (!groups.get(typeId).containsKey(def.groupName())) {
      throw errors.badRequest(
          "Property group '" + def.groupName() + "' does not exist; create it first.");
    }
    byName.put(def.name(), def);
    return def;
  }

  synchronized List<ObjectNode> groups(String typeId) {
    return List.copyOf(groups.get(typeId).values());
  }

  synchronized ObjectNode addGroup(String typeId, String name, String label, int displayOrder) {
    Map<String, ObjectNode> byName = groups.get(typeId);
    if (byName.containsKey(name)) {
      throw new ErrorResponseException(
          errors.response(
              409,
              HubSpotErrors.OBJECT_ALREADY_EXISTS,
              "Property group named '" + name + "' already exists."));
    }
    ObjectNode g = Json.object();
    g.put("name", name);
    g.put("label", label);
    g.put("displayOrder", displayOrder);
    g.put("archived", false);
    byName.put(name, g);
    return g;
  }

  // ---- schemas -------------------------------------------------------------------------------

  synchronized void addSchema(String typeId, ObjectNode schema) {
    schemas.put(typeId, schema);
  }

  synchronized List<ObjectNode> schemas() {
    return List.copyOf(schemas.values());
  }

  synchronized Optional<ObjectNode> schema(String typeId) {
    return Optional.ofNullable(schemas.get(typeId));
  }

  synchronized boolean schemaNameTaken(String name) {
    return types.values().stream().anyMatch(t -> t.name().equalsIgnoreCase(name));
  }

  // ---- records -------------------------------------------------------------------------------

  synchronized Optional<CrmObject> get(String typeId, long id) {
    return Optional.ofNullable(objects.get(typeId).get(id));
  }

  /** Live (or, with {@code archived}, archived) records with id &gt; {@code afterId}. */
  synchronized List<CrmObject> page(String typeId, boolean archived, long afterId, int limit) {
    List<CrmObject> out = new ArrayList<>();
    for (CrmObject o : objects.get(typeId).tailMap(afterId, false).values()) {
      if (o.archived() == archived) {
        out.add(o);
        if (out.size() == limit) {
          break;
        }
      }
    }
    return out;
  }

  synchronized List<CrmObject> live(String typeId) {
    return objects.get(typeId).values().stream().filter(o -> !o.archived()).toList();
  }

  /** The live record whose unique property {@code name} equals {@code value}. */
  synchronized Optional<CrmObject> findUnique(String typeId, String name, String value) {
    if ("hs_object_id".equals(name)) {
      return parseId(value).flatMap(id -> get(typeId, id)).filter(o -> !o.archived());
    }
    return objects.get(typeId).values().stream()
        .filter(o -> !o.archived() && value.equals(o.property(name)))
        .findFirst();
  }

  /** Properties usable as {@code idProperty}: unique-value ones and hs_object_id. */
  synchronized void requireIdProperty(String typeId, String idProperty) {
    if ("hs_object_id".equals(idProperty)) {
      return;
    }
    PropertyDef def = properties.get(typeId).get(idProperty);
    if (def == null || !def.hasUniqueValue()) {
      throw errors.badRequest(
          "Property \""
              + idProperty
              + "\" is not a unique identifier property; use a property with hasUniqueValue=true.");
    }
  }

  /**
   * Validates every input first (reporting every problem at once, as HubSpot does), then creates
   * them all.
   */
  synchronized List<CrmObject> createAll(String typeId, List<Map<String, String>> inputs) {
    validator.validate(
        types.get(typeId),
        properties.get(typeId),
        inputs,
        List.of(),
        (n, v) -> findUnique(typeId, n, v));
    List<CrmObject> out = new ArrayList<>();
    for (Map<String, String> props : inputs) {
      out.add(insert(typeId, props));
    }
    return out;
  }

  /** One write of a batch update/upsert: the existing record, or null to create. */
  record Write(CrmObject existing, Map<String, String> properties) {}

  synchronized List<CrmObject> writeAll(String typeId, List<Write> writes) {
    // Handlers looked the targets up before taking the lock: apply to the current versions so a
    // concurrent write to the same record is not lost.
    List<CrmObject> targets =
        writes.stream()
            .map(w -> w.existing() == null ? null : objects.get(typeId).get(w.existing().id()))
            .toList();
    List<Map<String, String>> props = writes.stream().map(Write::properties).toList();
    validator.validate(
        types.get(typeId),
        properties.get(typeId),
        props,
        targets,
        (n, v) -> findUnique(typeId, n, v));
    List<CrmObject> out = new ArrayList<>();
    for (int i = 0; i < writes.size(); i++) {
      CrmObject target = targets.get(i);
      out.add(target == null ? insert(typeId, props.get(i)) : apply(target, props.get(i)));
    }
    return out;
  }

  /** Archiving a missing or already archived record is a no-op, as HubSpot answers 204 too. */
  synchronized void archive(String typeId, long id) {
    CrmObject o = objects.get(typeId).get(id);
    if (o == null || o.archived()) {
      return;
    }
    Instant now = clock.instant();
    objects.get(typeId).put(id, new CrmObject(id, typeId, o.properties(), o.createdAt(), now, now));
    event(typeId, "deletion", id, null, null);
  }

  synchronized AssociationStore associations() {
    return associations;
  }

  /** How many events are pending; pass it to {@link #discardEventsAfter(int)}. */
  synchronized int eventMark() {
    return events.size();
  }

  /** Drops events recorded after {@code mark}, keeping the ones a subscriber is still owed. */
  synchronized void discardEventsAfter(int mark) {
    events.subList(Math.min(mark, events.size()), events.size()).clear();
  }

  synchronized List<WebhookEvent> drainEvents() {
    List<WebhookEvent> out = List.copyOf(events);
    events.clear();
    return out;
  }

  synchronized ObjectNode dump() {
    ObjectNode root = Json.object();
    ObjectNode objs = root.putObject("objects");
    types
        .values()
        .forEach(
            t -> {
              ArrayNode arr = objs.putArray(t.name());
              objects.get(t.objectTypeId()).values().forEach(o -> arr.add(HubSpotJson.full(o)));
            });
    ArrayNode s = root.putArray("schemas");
    schemas.values().forEach(s::add);
    root.set("associations", associations.dump());
    ObjectNode props = root.putObject("customProperties");
    types
        .values()
        .forEach(
            t -> {
              ArrayNode arr = props.putArray(t.name());
              properties.get(t.objectTypeId()).values().stream()
                  .filter(p -> !BuiltInTypes.isBuiltIn(t.objectTypeId(), p.name()))
                  .forEach(p -> arr.add(p.toJson()));
            });
    return root;
  }

  // ---- internals -----------------------------------------------------------------------------

  private CrmObject insert(String typeId, Map<String, String> input) {
    ObjectTypeDef type = types.get(typeId);
    Instant now = clock.instant();
    long id = nextObjectId++;
    Map<String, String> props = new TreeMap<>();
    normalized(typeId, input)
        .forEach(
            (k, v) -> {
              if (!v.isEmpty()) {
                props.put(k, v);
              }
            });
    props.put("hs_object_id", Long.toString(id));
    props.putIfAbsent("createdate", HubSpotTimes.format(now));
    props.put(type.modifiedProperty(), HubSpotTimes.format(now));
    props.put("hs_lastmodifieddate", HubSpotTimes.format(now));
    CrmObject o = new CrmObject(id, typeId, props, now, now, null);
    objects.get(typeId).put(id, o);
    event(typeId, "creation", id, null, null);
    return o;
  }

  /** Applies changed values only: an identical write leaves the modification time alone. */
  private CrmObject apply(CrmObject existing, Map<String, String> input) {
    Map<String, String> props = new TreeMap<>(existing.properties());
    List<String> changed = new ArrayList<>();
    normalized(existing.objectTypeId(), input)
        .forEach(
            (k, v) -> {
              String before = props.get(k);
              if (v.isEmpty() ? before != null : !v.equals(before)) {
                changed.add(k);
                if (v.isEmpty()) {
                  props.remove(k);
                } else {
                  props.put(k, v);
                }
              }
            });
    if (changed.isEmpty()) {
      return existing;
    }
    Instant now = clock.instant();
    ObjectTypeDef type = types.get(existing.objectTypeId());
    props.put(type.modifiedProperty(), HubSpotTimes.format(now));
    props.put("hs_lastmodifieddate", HubSpotTimes.format(now));
    CrmObject updated =
        new CrmObject(
            existing.id(), existing.objectTypeId(), props, existing.createdAt(), now, null);
    objects.get(existing.objectTypeId()).put(existing.id(), updated);
    for (String name : changed) {
      event(
          existing.objectTypeId(),
          "propertyChange",
          existing.id(),
          name,
          props.getOrDefault(name, ""));
    }
    return updated;
  }

  /** Datetime values are stored the way HubSpot echoes them: ISO-8601 UTC with millis. */
  private Map<String, String> normalized(String typeId, Map<String, String> input) {
    Map<String, String> out = new TreeMap<>();
    input.forEach(
        (k, v) -> {
          PropertyDef def = properties.get(typeId).get(k);
          String value = v == null ? "" : v;
          if (def != null && "datetime".equals(def.type()) && !value.isEmpty()) {
            value = HubSpotTimes.parse(value).map(HubSpotTimes::format).orElse(value);
          }
          out.put(k, value);
        });
    return out;
  }

  private void event(String typeId, String action, long objectId, String property, String value) {
    ObjectTypeDef type = types.get(typeId);
    String prefix = type.isCustom() ? "object" : type.singular();
    events.add(
        new WebhookEvent(
            nextEventId++,
            subscriptionId(prefix + "." + action),
            portalId,
            appId,
            clock.millis(),
            prefix + "." + action,
            0,
            objectId,
            property,
            value,
            "API",
            type.isCustom() ? typeId : null));
  }

  /** A stable id per subscription type, as if the app had one subscription for each. */
  private static long subscriptionId(String subscriptionType) {
    return 100_000L + Math.floorMod(subscriptionType.hashCode(), 900_000);
  }

  static Optional<Long> parseId(String value) {
    try {
      return Optional.of(Long.parseLong(value));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
