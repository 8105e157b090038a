package dev.refsync.deploy.cli;

import dev.refsync.core.domain.DomainNormalizer;
import dev.refsync.core.model.EntryStatus;
import dev.refsync.core.store.OutboxCount;
import dev.refsync.core.store.OutboxStatus;
import dev.refsync.core.store.StoreTransaction;
import dev.refsync.core.store.StoredCursor;
import dev.refsync.core.store.StoredDeadLetter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code refsync status} reports, read in one transaction so the figures agree.
 *
 * @param asOf the instant lags, ages and ledger statuses are computed at
 * @param cursors every pull cursor
 * @param outbox per (connection, target type), the row counts by status
 * @param deadLettersPending how many dead letters were not retried yet
 * @param recentDeadLetters the most recent of those, newest first
 * @param unmatched billing customers not tied to any CRM account
 * @param ledger per currency, the net ledger amount by current status
 */
record StatusReport(
    Instant asOf,
    List<StoredCursor> cursors,
    List<OutboxTarget> outbox,
    int deadLettersPending,
    List<StoredDeadLetter> recentDeadLetters,
    List<UnmatchedCustomers.Unmatched> unmatched,
    Map<String, Map<EntryStatus, BigDecimal>> ledger) {

  static final int RECENT_DEAD_LETTERS = 10;

  /**
   * The outbox of one (connection, target type).
   *
   * @param rows by status, every status present (zero when none)
   * @param oldestPending when the oldest PENDING target was first enqueued; null when none
   */
  record OutboxTarget(
      String connection, String targetType, Map<OutboxStatus, Long> rows, Instant oldestPending) {}

  static StatusReport read(StoreTransaction tx, Instant asOf) {
    List<StoredDeadLetter> pending = tx.deadLetters().pending();
    List<StoredDeadLetter> recent =
        new ArrayList<>(
            pending.subList(Math.max(0, pending.size() - RECENT_DEAD_LETTERS), pending.size()));
    Collections.reverse(recent);
    return new StatusReport(
        asOf,
        tx.cursors().all(),
        outbox(tx.outbox().counts()),
        pending.size(),
        List.copyOf(recent),
        new UnmatchedCustomers(DomainNormalizer.withDefaultFreeMailList())
            .of(tx.snapshots().loadDataset(), tx.snapshots().accountLinks()),
        LedgerTotals.byCurrency(tx.ledger().entriesAsOf(asOf)));
  }

  private static List<OutboxTarget> outbox(List<OutboxCount> counts) {
    Map<List<String>, Map<OutboxStatus, Long>> rows = new LinkedHashMap<>();
    Map<List<String>, Instant> oldestPending = new LinkedHashMap<>();
    for (OutboxCount count : counts) {
      List<String> key = List.of(count.connection(), count.targetType());
      rows.computeIfAbsent(key, k -> zeroPerStatus()).put(count.status(), count.rows());
      if (count.status() == OutboxStatus.PENDING) {
        oldestPending.put(key, count.oldestCreatedAt());
      }
    }
    return rows.entrySet().stream()
        .map(
            e ->
                new OutboxTarget(
                    e.getKey().get(0),
                    e.getKey().get(1),
                    e.getValue(),
                    oldestPending.get(e.getKey())))
        .toList();
  }

  private static Map<OutboxStatus, Long> zeroPerStatus() {
    Map<OutboxStatus, Long> zero = new EnumMap<>(OutboxStatus.class);
    for (OutboxStatus status : OutboxStatus.values()) {
      zero.put(status, 0L);
    }
    return zero;
  }
}
