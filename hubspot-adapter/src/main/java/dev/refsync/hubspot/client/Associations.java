package dev.refsync.hubspot.client;

import java.util.List;

/** The associations of one record ({@code fromId}) to objects of one type. */
public record Associations(String fromId, List<AssociatedObject> to) {}
