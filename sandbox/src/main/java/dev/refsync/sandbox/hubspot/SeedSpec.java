package dev.refsync.sandbox.hubspot;

/**
 * What {@link HubSpotEmulator#seed(SeedSpec)} creates: the same seed always yields the same
 * records, values and associations.
 *
 * @param companies companies, each with a unique {@code domain}
 * @param contacts contacts, each associated (primary) to one company
 * @param deals deals with amount, stage, close date, associated to a company (primary) and to one
 *     or two of its contacts labelled "Referrer" or "Decision maker"
 */
public record SeedSpec(long seed, int companies, int contacts, int deals) {

  public SeedSpec {
    if (companies < 0 || contacts < 0 || deals < 0) {
      throw new IllegalArgumentException("seed counts must not be negative: " + this);
    }
    if ((contacts > 0 || deals > 0) && companies == 0) {
      throw new IllegalArgumentException("contacts and deals need at least one company: " + this);
    }
    if (deals > 0 && contacts == 0) {
      throw new IllegalArgumentException("deals need at least one contact: " + this);
    }
  }
}
