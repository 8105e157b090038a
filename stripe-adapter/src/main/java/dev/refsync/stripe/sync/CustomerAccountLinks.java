package dev.refsync.stripe.sync;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refsync.core.domain.DomainNormalizer;
import dev.refsync.core.model.AccountLink;

/**
 * A Stripe customer as the core {@link AccountLink} (issue #6, DESIGN 3): the CRM account id its
 * metadata names, and its e-mail's registrable domain unless that is a free-mail domain, which
 * identifies no company. Which account it resolves to is decided at engine time by the core's
 * {@code AccountLinkResolver}, against the accounts known then, so a link read before its CRM
 * account re-attributes the customer's payments once the account arrives.
 */
final class CustomerAccountLinks {
  private final String metadataKey;
  private final DomainNormalizer domains;

  CustomerAccountLinks(String metadataKey, DomainNormalizer domains) {
    this.metadataKey = metadataKey;
    this.domains = domains;
  }

  AccountLink of(JsonNode customer) {
    String email = text(customer.path("email"));
    String domain = null;
    if (email != null && !domains.isFreeMailAddress(email)) {
      domain = domains.emailDomain(email).filter(d -> !domains.isFreeMail(d)).orElse(null);
    }
    return new AccountLink(
        customer.path("id").asText(),
        text(customer.path("metadata").path(metadataKey)),
        domain,
        email);
  }

  private static String text(JsonNode node) {
    if (node.isMissingNode() || node.isNull() || node.asText().isBlank()) {
      return null;
    }
    return node.asText().strip();
  }
}
