package dev.refsync.sandbox.hubspot;

import java.util.List;

/** Record ids created by a seed, in creation order. */
public record SeedResult(List<String> companyIds, List<String> contactIds, List<String> dealIds) {

  public SeedResult {
    companyIds = List.copyOf(companyIds);
    contactIds = List.copyOf(contactIds);
    dealIds = List.copyOf(dealIds);
  }
}
