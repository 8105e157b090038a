package dev.refsync.sandbox.salesforce;

/**
 * What {@link SalesforceEmulator#seed} creates.
 *
 * @param seed the same seed always gives the same records
 * @param opportunities each gets one or two contact roles when its account has contacts
 * @param sharedModstamp all records share one {@code SystemModstamp} (the clock's now) — the case
 *     that breaks cursors without an id tie-breaker; otherwise they are one second apart, in
 *     creation order, the last no later than now
 */
public record SalesforceSeedSpec(
    long seed, int accounts, int contacts, int leads, int opportunities, boolean sharedModstamp) {

  public SalesforceSeedSpec {
    if (accounts < 0 || contacts < 0 || leads < 0 || opportunities < 0) {
      throw new IllegalArgumentException("seed counts must not be negative");
    }
    if ((contacts > 0 || opportunities > 0) && accounts == 0) {
      throw new IllegalArgumentException("contacts and opportunities need at least one account");
    }
  }

  public SalesforceSeedSpec(long seed, int accounts, int contacts, int leads, int opportunities) {
    this(seed, accounts, contacts, leads, opportunities, false);
  }

  public SalesforceSeedSpec withSharedModstamp() {
    return new SalesforceSeedSpec(seed, accounts, contacts, leads, opportunities, true);
  }
}
