package dev.refsync.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A company (DESIGN 3).
 *
 * @param id canonical id
 * @param name display name
 * @param domains normalized registrable domains (see {@code DomainNormalizer})
 * @param references the account's ids in each system: Salesforce Account, HubSpot company, Stripe
 *     customers
 */
public record Account(String id, String name, Set<String> domains, List<ExternalRef> references) {
  public Account {
    Objects.requireNonNull(id, "id");
    domains = domains == null ? Set.of() : Set.copyOf(domains);
    references = references == null ? List.of() : List.copyOf(references);
  }
}
