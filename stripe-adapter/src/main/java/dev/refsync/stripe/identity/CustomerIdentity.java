package dev.refsync.stripe.identity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.core.domain.DomainNormalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Links a Stripe customer to a canonical account (DESIGN 3: an Account lists its Stripe customer
 * ids): the CRM account id in the customer's metadata when present, else the customer's e-mail
 * domain when exactly one known account owns it — never a free-mail domain (DESIGN 3) — else
 * UNMATCHED with the reason.
 */
public final class CustomerIdentity {
  private final String metadataKey;
  private final DomainNormalizer domains;
  private final Map<String, List<String>> accountsByDomain;

  /**
   * @param metadataKey customer metadata key holding the CRM account id
   * @param domains normalizer with the free-mail list
   * @param accountDomains canonical account id to its normalized registrable domains
   */
  public CustomerIdentity(
      String metadataKey, DomainNormalizer domains, Map<String, List<String>> accountDomains) {
    this.metadataKey = metadataKey;
    this.domains = domains;
    Map<String, List<String>> byDomain = new HashMap<>();
    accountDomains.forEach(
        (account, list) ->
            list.forEach(
                d ->
                    domains
                        .registrableDomain(d)
                        .ifPresent(
                            n ->
                                byDomain.merge(
                                    n,
                                    List.of(account),
                                    (a, b) ->
                                        java.util.stream.Stream.concat(a.stream(), b.stream())
                                            .distinct()
                                            .sorted()
                                            .toList()))));
    this.accountsByDomain = Map.copyOf(byDomain);
  }

  /** Links one customer object ({@code object: customer}, as the API returns it). */
  public CustomerLink link(JsonNode customer) {
    String id = customer.path("id").asText();
    String fromMetadata = text(customer.path("metadata").path(metadataKey));
    if (fromMetadata != null) {
      return new CustomerLink(
          id, Optional.of(fromMetadata), LinkMethod.METADATA, "metadata." + metadataKey);
    }
    String email = text(customer.path("email"));
    if (email == null) {
      return unmatched(
          id, "no metadata." + metadataKey + " and no email: set the metadata key on the customer");
    }
    Optional<String> domain = domains.emailDomain(email);
    if (domain.isEmpty()) {
      return unmatched(id, "email '" + email + "' has no registrable domain");
    }
    if (domains.isFreeMailAddress(email) || domains.isFreeMail(domain.get())) {
      return unmatched(
          id,
          "email domain "
              + domain.get()
              + " is free-mail and identifies no company: set metadata."
              + metadataKey);
    }
    List<String> accounts = accountsByDomain.getOrDefault(domain.get(), List.of());
    if (accounts.size() == 1) {
      return new CustomerLink(
          id,
          Optional.of(accounts.get(0)),
          LinkMethod.EMAIL_DOMAIN,
          "email domain " + domain.get());
    }
    if (accounts.isEmpty()) {
      return unmatched(id, "no known account has domain " + domain.get());
    }
    return unmatched(
        id,
        "domain "
            + domain.get()
            + " belongs to several accounts "
            + accounts
            + ": set metadata."
            + metadataKey);
  }

  private static CustomerLink unmatched(String id, String reason) {
    return new CustomerLink(id, Optional.empty(), LinkMethod.UNMATCHED, reason);
  }

  private static String text(JsonNode node) {
    if (node.isMissingNode() || node.isNull() || node.asText().isBlank()) {
      return null;
    }
    return node.asText().strip();
  }
}
