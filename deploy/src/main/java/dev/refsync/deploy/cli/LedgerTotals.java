package dev.refsync.deploy.cli;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.EntryStatus;
import dev.refsync.core.model.Money;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Net ledger amounts (accruals plus their negative clawbacks) per currency and status. Currencies
 * are never added together: there is no exchange rate in the ledger.
 */
final class LedgerTotals {
  private LedgerTotals() {}

  /** Per currency (sorted), the net amount of each status, zero when it has none. */
  static Map<String, Map<EntryStatus, BigDecimal>> byCurrency(Collection<CommissionEntry> entries) {
    Map<String, Map<EntryStatus, BigDecimal>> totals = new TreeMap<>();
    for (CommissionEntry entry : entries) {
      totals
          .computeIfAbsent(entry.currency(), LedgerTotals::zeroPerStatus)
          .merge(entry.status(), entry.amount(), BigDecimal::add);
    }
    return totals;
  }

  /** The sum over every status. */
  static BigDecimal total(Map<EntryStatus, BigDecimal> byStatus) {
    return byStatus.values().stream().reduce(BigDecimal::add).orElseThrow();
  }

  private static Map<EntryStatus, BigDecimal> zeroPerStatus(String currency) {
    // Zero in the currency's minor units, so a status without entries prints as 0.00, not 0.
    BigDecimal zero =
        BigDecimal.ZERO.setScale(Money.isCurrency(currency) ? Money.minorUnits(currency) : 0);
    Map<EntryStatus, BigDecimal> byStatus = new EnumMap<>(EntryStatus.class);
    for (EntryStatus status : EntryStatus.values()) {
      byStatus.put(status, zero);
    }
    return byStatus;
  }
}
