package dev.refsync.stripe.identity;

/** How a Stripe customer was linked to a canonical account. */
public enum LinkMethod {
  /** The customer's metadata names the CRM account id. */
  METADATA,
  /** The customer's e-mail domain is a domain of exactly one known account. */
  EMAIL_DOMAIN,
  /** Neither: {@link CustomerLink#reason()} says why, for {@code refsync status}. */
  UNMATCHED
}
