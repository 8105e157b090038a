package dev.refsync.stripe.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * A Stripe customer and the canonical account it belongs to, or why none was found.
 *
 * @param customerId Stripe customer id ({@code cus_...})
 * @param accountId the canonical account id; empty when {@link LinkMethod#UNMATCHED}
 * @param method how the link was made
 * @param reason a sentence a person can act on
 */
public record CustomerLink(
    String customerId, Optional<String> accountId, LinkMethod method, String reason) {
  public CustomerLink {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(reason, "reason");
    if (accountId.isEmpty() != (method == LinkMethod.UNMATCHED)) {
      throw new IllegalArgumentException("an account id is given exactly when matched");
    }
  }
}
