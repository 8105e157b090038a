package dev.refsync.hubspot.client;

import java.util.List;

/** One association to create from {@code fromId} to {@code toId} with the given types. */
public record AssociationInput(String fromId, String toId, List<AssociationType> types) {}
