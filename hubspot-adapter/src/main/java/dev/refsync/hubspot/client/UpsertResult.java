package dev.refsync.hubspot.client;

/** One upserted object; {@code created} is HubSpot's {@code "new"} flag. */
public record UpsertResult(HubSpotObject object, boolean created) {}
