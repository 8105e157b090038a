package dev.refsync.salesforce.sync;

import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.EntryKind;
import dev.refsync.core.model.EntryStatus;
import dev.refsync.core.store.OutboxItem;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.mappings.spec.WriteBackKind;
import dev.refsync.mappings.writeback.WriteBackMapper;
import dev.refsync.mappings.writeback.WriteBackValues;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Commission outbox items as the planner writes them (default mapping), for push tests that need a
 * given number of rows without running the engine.
 */
final class CommissionRows {
  private static final WriteBackMapper MAPPER =
      new WriteBackMapper(DefaultMappings.load(SystemName.SALESFORCE));

  private CommissionRows() {}

  static String id(int i) {
    return String.format("rc_bench%06d", i);
  }

  /** {@code n} accruals, the i-th looking up {@code dealRefs.get(i % size)}. */
  static List<OutboxItem> items(int n, List<String> dealRefs, Instant at) {
    List<OutboxItem> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String dealRef = dealRefs.get(i % dealRefs.size());
      CommissionEntry entry =
          new CommissionEntry(
              id(i),
              "ref-" + (i % 7),
              "referral-" + i,
              "partner-acv",
              dealRef,
              null,
              EntryKind.ACCRUAL,
              new BigDecimal("100.00").add(BigDecimal.valueOf(i)),
              "USD",
              at,
              at,
              EntryStatus.PAYABLE,
              "10% of first-year ACV");
      String payload =
          MAPPER
              .toVendor(
                  WriteBackKind.COMMISSION,
                  WriteBackValues.forCommission(entry, dealRef),
                  entry.id())
              .toString();
      items.add(
          new OutboxItem(SyncedOrg.CONNECTION, "Referral_Commission__c", entry.id(), payload));
    }
    return items;
  }
}
