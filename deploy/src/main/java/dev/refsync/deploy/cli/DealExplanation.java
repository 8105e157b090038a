package dev.refsync.deploy.cli;

import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.EntryStatus;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.Rejection;
import dev.refsync.core.store.StoreTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the store knows of one deal, read in one transaction for {@code refsync explain}.
 *
 * @param dealId the deal asked about
 * @param asOf the instant the ledger statuses are computed at
 * @param deal the deal as last synced; empty when no snapshot holds it (deleted at the source)
 * @param attribution its attribution from the latest engine run; empty when it has none
 * @param rejections the candidates the latest engine run rejected for it
 * @param entries its ledger entries with their status at {@code asOf}, in the order they were
 *     earned
 * @param referrers the referrers named by the credits and entries, by id, for their names
 */
record DealExplanation(
    String dealId,
    Instant asOf,
    Optional<Deal> deal,
    Optional<Attribution> attribution,
    List<Rejection> rejections,
    List<CommissionEntry> entries,
    Map<String, Referrer> referrers) {

  static DealExplanation read(StoreTransaction tx, String dealId, Instant asOf) {
    CanonicalDataset data = tx.snapshots().loadDataset();
    return new DealExplanation(
        dealId,
        asOf,
        data.deals().stream().filter(d -> d.id().equals(dealId)).findFirst(),
        tx.attributions().attributions().stream()
            .filter(a -> a.dealId().equals(dealId))
            .findFirst(),
        tx.attributions().rejections().stream().filter(r -> r.dealId().equals(dealId)).toList(),
        tx.ledger().entriesAsOf(asOf).stream()
            .filter(e -> dealId.equals(e.dealId()))
            .sorted(
                Comparator.comparing(CommissionEntry::earnedAt).thenComparing(CommissionEntry::id))
            .toList(),
        data.referrers().stream()
            .collect(Collectors.toMap(Referrer::id, Function.identity(), (a, b) -> a)));
  }

  /** True when the store has never heard of the deal. */
  boolean unknown() {
    return deal.isEmpty() && attribution.isEmpty() && rejections.isEmpty() && entries.isEmpty();
  }

  /** {@code p1 (Jane Doe)} when the referrer's name is known, else the id. */
  String referrer(String referrerId) {
    Referrer referrer = referrerId == null ? null : referrers.get(referrerId);
    return referrer == null || referrer.name() == null
        ? referrerId
        : referrerId + " (" + referrer.name() + ")";
  }

  /** Per referrer (sorted), per currency, the net amount by status. */
  Map<String, Map<String, Map<EntryStatus, BigDecimal>>> totalsByReferrer() {
    Map<String, List<CommissionEntry>> byReferrer =
        entries.stream()
            .collect(
                Collectors.groupingBy(
                    e -> e.referrerId() == null ? "-" : e.referrerId(),
                    TreeMap::new,
                    Collectors.toList()));
    Map<String, Map<String, Map<EntryStatus, BigDecimal>>> totals = new TreeMap<>();
    byReferrer.forEach((referrer, list) -> totals.put(referrer, LedgerTotals.byCurrency(list)));
    return totals;
  }
}
