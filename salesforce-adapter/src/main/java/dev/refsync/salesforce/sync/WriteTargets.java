package dev.refsync.salesforce.sync;

import dev.refsync.mappings.spec.MappingSpec;
import dev.refsync.mappings.spec.WriteBackKind;
import dev.refsync.mappings.spec.WriteTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The objects the mapping's {@code writeBack} section writes: the deal object (referral fields,
 * updated by record id) and the commission object (upserted on its external id).
 */
public record WriteTargets(
    String dealObject, String commissionObject, String commissionExternalId) {

  /**
   * @throws IllegalArgumentException when the commission target has no {@code externalId}
   */
  public static WriteTargets of(MappingSpec mapping) {
    Optional<WriteTarget> commission = mapping.target(WriteBackKind.COMMISSION);
    if (commission.isPresent() && commission.get().externalId() == null) {
      throw new IllegalArgumentException(
          "the salesforce mapping's writeBack.commission has no externalId: add the unique"
              + " external id field the commission records are upserted on, e.g. Refsync_Id__c");
    }
    return new WriteTargets(
        mapping.target(WriteBackKind.DEAL).map(WriteTarget::object).orElse(null),
        commission.map(WriteTarget::object).orElse(null),
        commission.map(WriteTarget::externalId).orElse(null));
  }

  /** Deals before commissions, whose lookup needs the deal to hold its fields first. */
  public List<String> pushOrder() {
    List<String> order = new ArrayList<>();
    if (dealObject != null) {
      order.add(dealObject);
    }
    if (commissionObject != null) {
      order.add(commissionObject);
    }
    return List.copyOf(order);
  }
}
