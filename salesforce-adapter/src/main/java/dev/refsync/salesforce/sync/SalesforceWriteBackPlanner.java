package dev.refsync.salesforce.sync;

import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.CommissionEntry;
import dev.refsync.core.model.Credit;
import dev.refsync.core.model.Deal;
import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import dev.refsync.core.port.WriteBackInput;
import dev.refsync.core.port.WriteBackPlanner;
import dev.refsync.core.store.OutboxItem;
import dev.refsync.core.store.SnapshotLocation;
import dev.refsync.mappings.spec.MappingSpec;
import dev.refsync.mappings.spec.WriteBackKind;
import dev.refsync.mappings.writeback.WriteBackMapper;
import dev.refsync.mappings.writeback.WriteBackValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans this org's writes from the whole engine state (DESIGN 8), through the mapping's {@code
 * writeBack} section:
 *
 * <ul>
 *   <li>every deal read from this org (its Opportunity) that is attributed gets the referral fields
 *       of its largest credit (ties: the lower referral id); one that has ledger entries but is no
 *       longer attributed gets them cleared, so a withdrawn attribution leaves no stale fields;
 *   <li>every ledger entry of such a deal becomes one commission record keyed by the entry id, its
 *       lookup pointing at the Opportunity; an entry whose deal is no longer read anywhere (a
 *       deleted Opportunity) but whose referral was read from this org is written too, with an
 *       empty lookup, so the CLAWBACK that reverses it reaches the CRM.
 * </ul>
 *
 * Payloads keep the mapping's field order, so the same state always plans the same bytes and the
 * outbox ignores what it already delivered.
 */
public final class SalesforceWriteBackPlanner implements WriteBackPlanner {
  private static final Logger log = LoggerFactory.getLogger(SalesforceWriteBackPlanner.class);

  private final String connection;
  private final WriteBackMapper mapper;
  private final WriteTargets targets;

  public SalesforceWriteBackPlanner(String connection, MappingSpec mapping) {
    this.connection = Objects.requireNonNull(connection, "connection");
    this.mapper = new WriteBackMapper(mapping);
    this.targets = WriteTargets.of(mapping);
  }

  @Override
  public String connection() {
    return connection;
  }

  @Override
  public List<OutboxItem> plan(WriteBackInput input) {
    List<OutboxItem> items = new ArrayList<>();
    if (targets.dealObject() != null) {
      planDeals(input, items);
    }
    if (targets.commissionObject() != null) {
      planCommissions(input, items);
    }
    return items;
  }

  private void planDeals(WriteBackInput input, List<OutboxItem> items) {
    Map<String, Attribution> attributions =
        input.result().attributions().stream()
            .collect(Collectors.toMap(Attribution::dealId, Function.identity(), (a, b) -> a));
    Map<String, Referral> referrals = byId(input.data().referrals(), Referral::id);
    Map<String, Referrer> referrers = byId(input.data().referrers(), Referrer::id);
    TreeSet<String> dealIds = new TreeSet<>(attributions.keySet());
    input.ledger().stream()
        .map(CommissionEntry::dealId)
        .filter(Objects::nonNull)
        .forEach(dealIds::add);
    for (String dealId : dealIds) {
      List<SnapshotLocation> here = dealLocations(input, dealId);
      if (here.isEmpty()) {
        continue;
      }
      Map<String, Object> values =
          dealValues(dealId, attributions.get(dealId), referrals, referrers);
      for (SnapshotLocation location : here) {
        String payload =
            mapper.toVendor(WriteBackKind.DEAL, values, location.externalId()).toString();
        items.add(new OutboxItem(connection, targets.dealObject(), location.externalId(), payload));
      }
    }
  }

  /** The referral fields of the largest credit; none (clearing them) when not attributed. */
  private static Map<String, Object> dealValues(
      String dealId,
      Attribution attribution,
      Map<String, Referral> referrals,
      Map<String, Referrer> referrers) {
    if (attribution == null || attribution.credits().isEmpty()) {
      return Map.of();
    }
    Credit credit =
        attribution.credits().stream()
            .max(
                Comparator.comparing(Credit::share)
                    .thenComparing(Credit::referralId, Comparator.reverseOrder()))
            .orElseThrow();
    Referral referral = referrals.get(credit.referralId());
    Referrer referrer = referrers.get(credit.referrerId());
    if (referral == null || referrer == null) {
      // The engine attributed from this dataset, so both exist unless the dataset is corrupt.
      throw new IllegalStateException(
          "deal "
              + dealId
              + " is credited to referral "
              + credit.referralId()
              + " of referrer "
              + credit.referrerId()
              + ", which the evaluated dataset does not hold");
    }
    return WriteBackValues.forDeal(attribution, credit, referral, referrer);
  }

  private void planCommissions(WriteBackInput input, List<OutboxItem> items) {
    List<CommissionEntry> ledger = new ArrayList<>(input.ledger());
    ledger.sort(Comparator.comparing(CommissionEntry::id));
    for (CommissionEntry entry : ledger) {
      Optional<Lookup> lookup = commissionLookup(input, entry);
      if (lookup.isEmpty()) {
        continue;
      }
      String payload =
          mapper
              .toVendor(
                  WriteBackKind.COMMISSION,
                  WriteBackValues.forCommission(entry, lookup.get().dealRef()),
                  entry.id())
              .toString();
      items.add(new OutboxItem(connection, targets.commissionObject(), entry.id(), payload));
    }
  }

  /** The Opportunity a commission record looks up; {@code dealRef} null for a deleted deal. */
  private record Lookup(String dealRef) {}

  /**
   * Where the entry's record points; empty when this org does not hold the entry (its deal was read
   * from another connection, or neither its deal nor its referral from this one).
   */
  private Optional<Lookup> commissionLookup(WriteBackInput input, CommissionEntry entry) {
    if (entry.dealId() != null) {
      List<SnapshotLocation> here = dealLocations(input, entry.dealId());
      if (!here.isEmpty()) {
        if (here.size() > 1) {
          log.warn(
              "deal {} was read from {} records of {}; commission {} looks up {}",
              entry.dealId(),
              here.size(),
              connection,
              entry.id(),
              here.get(0).externalId());
        }
        return Optional.of(new Lookup(here.get(0).externalId()));
      }
      if (!input.locations().of(Deal.class, entry.dealId()).isEmpty()) {
        return Optional.empty();
      }
    }
    boolean referralHere =
        entry.referralId() != null
            && !input.locations().of(Referral.class, entry.referralId(), connection).isEmpty();
    return referralHere ? Optional.of(new Lookup(null)) : Optional.empty();
  }

  private List<SnapshotLocation> dealLocations(WriteBackInput input, String dealId) {
    return input.locations().of(Deal.class, dealId, connection).stream()
        .filter(l -> l.objectType().equals(targets.dealObject()))
        .toList();
  }

  private static <T> Map<String, T> byId(List<T> records, Function<T, String> id) {
    Map<String, T> out = new HashMap<>();
    records.forEach(r -> out.putIfAbsent(id.apply(r), r));
    return out;
  }
}
