package dev.refsync.hubspot.client;

import java.util.List;

/** One search page; {@code nextAfter} is null on the last page. */
public record SearchPage(long total, List<HubSpotObject> results, String nextAfter) {}
