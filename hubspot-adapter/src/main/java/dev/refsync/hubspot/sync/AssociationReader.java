package dev.refsync.hubspot.sync;

import dev.refsync.hubspot.client.AssociatedObject;
import dev.refsync.hubspot.client.AssociationType;
import dev.refsync.hubspot.client.Associations;
import dev.refsync.hubspot.client.BatchResult;
import dev.refsync.hubspot.client.HubSpotClient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the associations of a page of records through the v4 batch read (≤ 1,000 ids per request,
 * VENDOR-FACTS): one request per associated object type per page.
 */
final class AssociationReader {
  private final HubSpotClient client;

  AssociationReader(HubSpotClient client) {
    this.client = client;
  }

  /**
   * Per record id, the associated ids, primary first (HubSpot marks it with the label {@code
   * Primary}), then by id. A record with no association is absent (HubSpot reports it among the
   * errors of a 207, which says nothing else).
   */
  Map<String, List<String>> ids(String from, String to, List<String> ids) {
    Map<String, List<String>> out = new HashMap<>();
    for (Associations a : read(from, to, ids)) {
      List<AssociatedObject> sorted = new ArrayList<>(a.to());
      sorted.sort(
          Comparator.comparing((AssociatedObject o) -> !isPrimary(o))
              .thenComparing(AssociatedObject::toObjectId, SearchCursor::compareIds));
      out.put(a.fromId(), sorted.stream().map(AssociatedObject::toObjectId).toList());
    }
    return out;
  }

  /**
   * Per record id, the labels of its associations as stakeholder roles: upper case, words joined by
   * {@code _} ("Decision maker" becomes {@code DECISION_MAKER}), sorted; unlabelled associations
   * give none.
   */
  Map<String, Set<String>> roles(String from, String to, List<String> ids) {
    Map<String, Set<String>> out = new HashMap<>();
    for (Associations a : read(from, to, ids)) {
      Set<String> roles = new TreeSet<>();
      for (AssociatedObject o : a.to()) {
        for (AssociationType t : o.types()) {
          if (t.label() != null && !t.label().isBlank()) {
            roles.add(role(t.label()));
          }
        }
      }
      out.put(a.fromId(), roles);
    }
    return out;
  }

  static String role(String label) {
    return label.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
  }

  private List<Associations> read(String from, String to, List<String> ids) {
    List<Associations> all = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += HubSpotClient.ASSOCIATION_READ_MAX) {
      List<String> chunk =
          ids.subList(i, Math.min(ids.size(), i + HubSpotClient.ASSOCIATION_READ_MAX));
      BatchResult<Associations> result = client.batchReadAssociations(from, to, chunk);
      all.addAll(result.results());
    }
    return all;
  }

  private static boolean isPrimary(AssociatedObject o) {
    return o.types().stream().anyMatch(t -> "Primary".equalsIgnoreCase(t.label()));
  }
}
