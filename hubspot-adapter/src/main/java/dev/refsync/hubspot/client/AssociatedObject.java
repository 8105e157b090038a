package dev.refsync.hubspot.client;

import java.util.List;

/** One object a record is associated with, and every type (label) of that association. */
public record AssociatedObject(String toObjectId, List<AssociationType> types) {}
