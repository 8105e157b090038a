package dev.refsync.hubspot.client;

import java.util.List;

/** One association HubSpot created, with the labels it carries. */
public record CreatedAssociation(String fromObjectId, String toObjectId, List<String> labels) {}
