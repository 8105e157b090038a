package dev.refsync.hubspot.client;

/**
 * An association type (v4): {@code category} HUBSPOT_DEFINED or USER_DEFINED, its numeric id, and
 * the label (null for an unlabeled type).
 */
public record AssociationType(String category, int typeId, String label) {
  public static AssociationType of(String category, int typeId) {
    return new AssociationType(category, typeId, null);
  }
}
