package dev.refsync.core.port;

import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.engine.EngineResult;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.store.SnapshotLocations;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a write-back planner sees of one engine run, inside the transaction that persists it.
 *
 * @param data the dataset the engines evaluated, billing customers already resolved to accounts
 * @param result the attributions, rejections and recomputed commissions
 * @param ledger every ledger entry after this run's appends, each with its status at {@code asOf}
 *     (HELD, PAYABLE or PAID): the source of the commission records
 * @param links each billing customer id resolved to its account id (unmatched ones are absent)
 * @param locations where each canonical record was read: the vendor record to write to
 * @param asOf the instant of the run
 */
public record WriteBackInput(
    CanonicalDataset data,
    EngineResult result,
    List<CommissionEntry> ledger,
    Map<String, String> links,
    SnapshotLocations locations,
    Instant asOf) {
  public WriteBackInput {
    ledger = List.copyOf(ledger);
    links = Map.copyOf(links);
  }
}
