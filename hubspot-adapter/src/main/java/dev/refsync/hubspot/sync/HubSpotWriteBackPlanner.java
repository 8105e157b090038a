package dev.refsync.hubspot.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import dev.refsync.mappings.spec.WriteTarget;
import dev.refsync.mappings.writeback.WriteBackMapper;
import dev.refsync.mappings.writeback.WriteBackValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Plans one HubSpot connection's writes (DESIGN 8) from an engine run:
 *
 * <ul>
 *   <li>per attributed deal read by this connection, the referral properties of the mapping's
 *       {@code writeBack.deal} on that deal (target key: the HubSpot deal id);
 *   <li>per deal that earned commissions but is no longer attributed, the same properties cleared;
 *   <li>per ledger entry of such a deal, a {@code writeBack.commission} record upserted by its
 *       external id (target key: the entry id), and its association to the deal (target type {@code
 *       <commission object>.associations}).
 * </ul>
 *
 * Payloads are deterministic (the mapping's field order, canonical values), so a run that changes
 * nothing plans byte-identical rows and the outbox pushes nothing.
 */
public final class HubSpotWriteBackPlanner implements WriteBackPlanner {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String connection;
  private final WriteBackMapper mapper;
  private final WriteTarget deal;
  private final WriteTarget commission;

  public HubSpotWriteBackPlanner(String connection, MappingSpec mapping) {
    this.connection = connection;
    this.mapper = new WriteBackMapper(mapping);
    this.deal = mapping.target(WriteBackKind.DEAL).orElse(null);
    this.commission = mapping.target(WriteBackKind.COMMISSION).orElse(null);
  }

  /** The target type of the commission-to-deal associations, after the commission records. */
  static String associationTarget(WriteTarget commission) {
    return commission.object() + ".associations";
  }

  @Override
  public String connection() {
    return connection;
  }

  @Override
  public List<OutboxItem> plan(WriteBackInput input) {
    List<OutboxItem> items = new ArrayList<>();
    if (deal != null) {
      planDeals(input, items);
    }
    if (commission != null) {
      planCommissions(input, items);
    }
    return items;
  }

  private void planDeals(WriteBackInput input, List<OutboxItem> items) {
    Map<String, Referral> referrals = byId(input.data().referrals(), Referral::id);
    Map<String, Referrer> referrers = byId(input.data().referrers(), Referrer::id);
    Set<String> attributed = new HashSet<>();
    for (Attribution attribution : input.result().attributions()) {
      attributed.add(attribution.dealId());
      Optional<String> dealRef = hubSpotDeal(input, attribution.dealId());
      Optional<Credit> credit = leading(attribution);
      if (dealRef.isEmpty() || credit.isEmpty()) {
        continue;
      }
      Referral referral = referrals.get(credit.get().referralId());
      Referrer referrer = referrers.get(credit.get().referrerId());
      if (referral == null || referrer == null) {
        continue;
      }
      Map<String, Object> values =
          WriteBackValues.forDeal(attribution, credit.get(), referral, referrer);
      ObjectNode body = mapper.toVendor(WriteBackKind.DEAL, values, dealRef.get());
      items.add(new OutboxItem(connection, deal.object(), dealRef.get(), json(body)));
    }
    // A deal that earned commissions but is attributed no more (it left CLOSED_WON, its referral
    // was withdrawn) gets its referral properties cleared, so reps never see a stale referrer.
    Set<String> cleared = new TreeSet<>();
    for (CommissionEntry entry : input.ledger()) {
      if (entry.dealId() != null && !attributed.contains(entry.dealId())) {
        hubSpotDeal(input, entry.dealId()).ifPresent(cleared::add);
      }
    }
    for (String dealRef : cleared) {
      ObjectNode body = mapper.toVendor(WriteBackKind.DEAL, Map.of(), dealRef);
      items.add(new OutboxItem(connection, deal.object(), dealRef, json(body)));
    }
  }

  private void planCommissions(WriteBackInput input, List<OutboxItem> items) {
    String associations = associationTarget(commission);
    for (CommissionEntry entry : input.ledger()) {
      if (entry.dealId() == null) {
        continue;
      }
      Optional<String> dealRef = hubSpotDeal(input, entry.dealId());
      if (dealRef.isEmpty()) {
        continue;
      }
      Map<String, Object> values = WriteBackValues.forCommission(entry, dealRef.get());
      ObjectNode body = mapper.toVendor(WriteBackKind.COMMISSION, values, entry.id());
      items.add(new OutboxItem(connection, commission.object(), entry.id(), json(body)));
      if (commission.associateWith() != null) {
        ObjectNode link = JSON.createObjectNode();
        link.put("toObjectType", commission.associateWith());
        link.put("toObjectId", dealRef.get());
        items.add(new OutboxItem(connection, associations, entry.id(), json(link)));
      }
    }
  }

  /** The HubSpot deal id this connection read the canonical deal from, if it read it. */
  private Optional<String> hubSpotDeal(WriteBackInput input, String dealId) {
    return input.locations().of(Deal.class, dealId, connection).stream()
        .filter(l -> deal == null || l.objectType().equalsIgnoreCase(deal.object()))
        .map(SnapshotLocation::externalId)
        .findFirst();
  }

  /**
   * A deal holds one set of referral fields: the credit with the largest share, the lowest referral
   * id among equal shares, so a split credit always writes the same referral.
   */
  private static Optional<Credit> leading(Attribution attribution) {
    return attribution.credits().stream()
        .min(
            Comparator.comparing(Credit::share, Comparator.reverseOrder())
                .thenComparing(Credit::referralId));
  }

  private static <T> Map<String, T> byId(List<T> records, Function<T, String> id) {
    return records.stream().collect(Collectors.toMap(id, r -> r, (a, b) -> a));
  }

  private static String json(ObjectNode body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a HubSpot write-back body", e);
    }
  }
}
