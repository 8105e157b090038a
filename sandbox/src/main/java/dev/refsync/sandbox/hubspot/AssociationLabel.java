package dev.refsync.sandbox.hubspot;

/**
 * One association type between two object types, in one direction.
 *
 * @param category {@code HUBSPOT_DEFINED} or {@code USER_DEFINED}
 * @param label null for the unlabeled (default) type
 * @param inverseTypeId the type id HubSpot writes for the opposite direction
 */
record AssociationLabel(
    String fromTypeId,
    String toTypeId,
    String category,
    int typeId,
    String label,
    String name,
    int inverseTypeId) {}
