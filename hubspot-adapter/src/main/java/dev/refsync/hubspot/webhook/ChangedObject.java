package dev.refsync.hubspot.webhook;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A record that changed and must be re-read: the CRM v3 object type ({@code deals}, {@code
 * contacts}, {@code companies} or a custom {@code 2-NNN}) and the record id.
 */
public record ChangedObject(String objectType, String objectId) {

  /**
   * The distinct records a set of events touched. A set, because delivery is at-least-once and
   * unordered (VENDOR-FACTS): the same change may arrive twice or after a later one, and either way
   * the pipeline re-reads the current record once.
   */
  public static Set<ChangedObject> of(Collection<HubSpotWebhookEvent> events) {
    Set<ChangedObject> out = new LinkedHashSet<>();
    events.forEach(e -> out.add(e.changedObject()));
    return out;
  }
}
