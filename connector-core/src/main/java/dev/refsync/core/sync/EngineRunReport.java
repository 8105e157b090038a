package dev.refsync.core.sync;

/**
 * What one engine run decided and committed.
 *
 * @param attributions closed-won deals attributed
 * @param appended ledger entries appended by this run
 * @param planned writes planned for the CRMs and Stripe (the outbox ignores those already made)
 * @param unmatchedCustomers billing customers linked to no account
 */
public record EngineRunReport(
    int attributions, int appended, int planned, int unmatchedCustomers) {}
