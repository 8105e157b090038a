package dev.refsync.core.store;

/** A payout names a ledger entry id that does not exist; check the id in the payout import. */
public final class UnknownLedgerEntryException extends IllegalArgumentException {
  public UnknownLedgerEntryException(String entryId) {
    super("No ledger entry has id '" + entryId + "'; check the entry id of the payout");
  }
}
