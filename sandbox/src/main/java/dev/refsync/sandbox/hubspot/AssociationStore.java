package dev.refsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.sandbox.core.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Associations v4: typed, labelled links that always exist in both directions (creating deal →
 * contact type 3 also creates contact → deal type 4). Type ids of the default pairs follow
 * HubSpot's "Associations v4 → association type id values" table. Thread-safe.
 */
final class AssociationStore {

  private final Map<String, AssociationLabel> labelsByKey = new TreeMap<>();
  private final Map<String, Map<Long, Set<AssociationType>>> links = new TreeMap<>();
  private int nextUserDefinedTypeId = 1000;

  AssociationStore() {
    pair(ObjectTypeDef.CONTACTS, ObjectTypeDef.COMPANIES, "HUBSPOT_DEFINED", 279, 280, null);
    pair(ObjectTypeDef.CONTACTS, ObjectTypeDef.COMPANIES, "HUBSPOT_DEFINED", 1, 2, "Primary");
    pair(ObjectTypeDef.DEALS, ObjectTypeDef.CONTACTS, "HUBSPOT_DEFINED", 3, 4, null);
    pair(ObjectTypeDef.DEALS, ObjectTypeDef.COMPANIES, "HUBSPOT_DEFINED", 341, 342, null);
    pair(ObjectTypeDef.DEALS, ObjectTypeDef.COMPANIES, "HUBSPOT_DEFINED", 5, 6, "Primary");
  }

  /** Defines a user label (both directions) and returns the forward definition. */
  synchronized AssociationLabel defineUserLabel(String fromTypeId, String toTypeId, String label) {
    int forward = nextUserDefinedTypeId++;
    int inverse = fromTypeId.equals(toTypeId) ? forward : nextUserDefinedTypeId++;
    pair(fromTypeId, toTypeId, "USER_DEFINED", forward, inverse, label);
    return labelsByKey.get(key("USER_DEFINED", forward));
  }

  synchronized List<AssociationLabel> labels(String fromTypeId, String toTypeId) {
    List<AssociationLabel> out = new ArrayList<>();
    for (AssociationLabel l : labelsByKey.values()) {
      if (l.fromTypeId().equals(fromTypeId) && l.toTypeId().equals(toTypeId)) {
        out.add(l);
      }
    }
    return out;
  }

  synchronized Optional<AssociationLabel> label(String category, int typeId) {
    return Optional.ofNullable(labelsByKey.get(key(category, typeId)));
  }

  synchronized Optional<AssociationLabel> labelNamed(
      String fromTypeId, String toTypeId, String label) {
    return labels(fromTypeId, toTypeId).stream()
        .filter(l -> label.equalsIgnoreCase(String.valueOf(l.label())))
        .findFirst();
  }

  /**
   * Links both directions with {@code type}, plus the pair's unlabeled type (HubSpot-defined
   * first), which HubSpot always keeps alongside a label.
   */
  synchronized void associate(AssociationLabel type, long fromId, long toId) {
    add(type, fromId, toId);
    labels(type.fromTypeId(), type.toTypeId()).stream()
        .filter(l -> l.label() == null)
        .findFirst()
        .ifPresent(unlabeled -> add(unlabeled, fromId, toId));
  }

  synchronized void remove(String fromTypeId, long fromId, String toTypeId, long toId) {
    Map<Long, Set<AssociationType>> forward = links.get(linkKey(fromTypeId, fromId, toTypeId));
    if (forward != null) {
      forward.remove(toId);
    }
    Map<Long, Set<AssociationType>> back = links.get(linkKey(toTypeId, toId, fromTypeId));
    if (back != null) {
      back.remove(fromId);
    }
  }

  /** Target id to its association types, in target id order. */
  synchronized Map<Long, Set<AssociationType>> from(
      String fromTypeId, long fromId, String toTypeId) {
    Map<Long, Set<AssociationType>> copy = new TreeMap<>();
    links
        .getOrDefault(linkKey(fromTypeId, fromId, toTypeId), Map.of())
        .forEach((k, v) -> copy.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
    return copy;
  }

  synchronized ArrayNode dump() {
    ArrayNode out = Json.array();
    links.forEach(
        (k, targets) ->
            targets.forEach(
                (toId, types) -> {
                  ObjectNode n = out.addObject();
                  n.put("from", k);
                  n.put("toObjectId", toId);
                  ArrayNode t = n.putArray("types");
                  types.forEach(
                      a -> t.addObject().put("typeId", a.typeId()).put("label", a.label()));
                }));
    return out;
  }

  private void add(AssociationLabel type, long fromId, long toId) {
    links
        .computeIfAbsent(linkKey(type.fromTypeId(), fromId, type.toTypeId()), k -> new TreeMap<>())
        .computeIfAbsent(toId, k -> new LinkedHashSet<>())
        .add(new AssociationType(type.category(), type.typeId(), type.label()));
    AssociationLabel inverse = labelsByKey.get(key(type.category(), type.inverseTypeId()));
    links
        .computeIfAbsent(
            linkKey(inverse.fromTypeId(), toId, inverse.toTypeId()), k -> new TreeMap<>())
        .computeIfAbsent(fromId, k -> new LinkedHashSet<>())
        .add(new AssociationType(inverse.category(), inverse.typeId(), inverse.label()));
  }

  private void pair(String a, String b, String category, int forward, int inverse, String label) {
    String name = label == null ? null : label.toLowerCase(Locale.ROOT).replace(' ', '_');
    labelsByKey.put(
        key(category, forward),
        new AssociationLabel(a, b, category, forward, label, name, inverse));
    labelsByKey.put(
        key(category, inverse),
        new AssociationLabel(b, a, category, inverse, label, name, forward));
  }

  private static String key(String category, int typeId) {
    return category + "/" + typeId;
  }

  private static String linkKey(String fromTypeId, long fromId, String toTypeId) {
    return fromTypeId + "/" + fromId + "->" + toTypeId;
  }
}
