package dev.refsync.hubspot.sync;

import dev.refsync.core.engine.CanonicalDataset;
import dev.refsync.core.engine.EngineResult;
import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.Channel;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.Credit;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.EntryKind;
import dev.refsync.core.model.EntryStatus;
import dev.refsync.core.model.ExternalRef;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.plans.AttributionModel;
import dev.refsync.core.port.WriteBackInput;
import dev.refsync.core.store.OutboxItem;
import dev.refsync.core.store.SnapshotLocations;
import dev.refsync.core.store.Store;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * The runtime's planner over an engine result made up for tests: every deal the store read is
 * attributed to one referral of one partner and earns one 100 USD ledger entry {@code ce-<deal>}.
 */
final class SyntheticWriteBack {
  private SyntheticWriteBack() {}

  /** The planner's writes for one attribution and one ledger entry per deal. */
  static List<OutboxItem> plan(HubSpotRuntime runtime, Store store, Instant asOf) {
    SnapshotLocations locations = store.inTransaction(tx -> tx.snapshots().locations());
    List<Deal> deals = store.inTransaction(tx -> tx.snapshots().loadDataset()).deals();
    Referrer referrer =
        new Referrer("r-1", ReferrerType.PARTNER, "Northwind Partners", null, "GOLD", null);
    List<Referral> referrals = new ArrayList<>();
    List<Attribution> attributions = new ArrayList<>();
    List<CommissionEntry> ledger = new ArrayList<>();
    Instant earned = asOf.minus(Duration.ofDays(3));
    for (Deal deal : deals) {
      String referralId = "ref-" + deal.id();
      referrals.add(
          new Referral(
              referralId,
              referrer.id(),
              null,
              null,
              null,
              deal.accountId(),
              Channel.LINK,
              asOf.minus(Duration.ofDays(40)),
              new ExternalRef(ExternalRef.FILE, referralId)));
      attributions.add(
          new Attribution(
              deal.id(),
              deal.accountId(),
              AttributionModel.LAST_REFERRAL,
              List.of(new Credit(referralId, referrer.id(), BigDecimal.ONE)),
              List.of("the only referral in the window")));
      ledger.add(
          new CommissionEntry(
              "ce-" + deal.id(),
              referrer.id(),
              referralId,
              "partner-flat",
              deal.id(),
              null,
              EntryKind.ACCRUAL,
              new BigDecimal("100.00"),
              "USD",
              earned,
              earned,
              EntryStatus.PAYABLE,
              "FLAT 100.00 USD"));
    }
    CanonicalDataset data =
        new CanonicalDataset(
            List.of(referrer),
            referrals,
            List.of(),
            List.of(),
            deals,
            List.of(),
            List.of(),
            List.of());
    return runtime
        .planner()
        .plan(
            new WriteBackInput(
                data,
                new EngineResult(attributions, List.of(), List.of()),
                ledger,
                new HashMap<>(),
                locations,
                asOf));
  }
}
