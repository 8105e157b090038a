package dev.refsync.core.attribution;

import dev.refsync.core.model.Deal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What attribution needs to know about one account.
 *
 * @param id the account id
 * @param name its display name; null when the account record is absent or has none
 * @param domains its registrable domains, normalized again here
 * @param contactEmails the normalized e-mail addresses of its contacts (stakeholders)
 * @param closedWonDeals its deals won as of the evaluation instant, by {@code closedAt} then id
 */
record AccountView(
    String id,
    String name,
    Set<String> domains,
    Set<String> contactEmails,
    List<Deal> closedWonDeals) {
  AccountView {
    domains = Set.copyOf(domains);
    contactEmails = Set.copyOf(contactEmails);
    closedWonDeals = List.copyOf(closedWonDeals);
  }

  /** The account's first deal won, other than {@code deal}; the existing-customer rule uses it. */
  Optional<Deal> firstWonDealOtherThan(Deal deal) {
    return closedWonDeals.stream().filter(d -> !d.id().equals(deal.id())).findFirst();
  }

  /** "account A1 (Acme Ltd)", or "account A1" when it has no name. */
  String label() {
    return name == null || name.isBlank() ? "account " + id : "account " + id + " (" + name + ")";
  }
}
