package dev.refsync.hubspot.client;

import java.util.List;

/** One page of {@code GET /crm/v3/objects/{type}}; {@code nextAfter} is null on the last page. */
public record ObjectPage(List<HubSpotObject> results, String nextAfter) {}
