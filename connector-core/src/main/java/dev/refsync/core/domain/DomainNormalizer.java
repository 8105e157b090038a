package dev.refsync.core.domain;

import java.util.Optional;

/** PLACEHOLDER SIGNATURE: replaced by the attribution work before landing. */
public final class DomainNormalizer {
  /** With the shipped free-mail list. */
  public static DomainNormalizer withDefaultFreeMailList() {
    return new DomainNormalizer();
  }

  /** Lower-cased registrable domain of a domain, host or URL; empty when it has none. */
  public Optional<String> registrableDomain(String domainOrUrl) {
    throw new UnsupportedOperationException("PLACEHOLDER");
  }

  /** Registrable domain of an e-mail address's domain part; empty when it has none. */
  public Optional<String> emailDomain(String email) {
    throw new UnsupportedOperationException("PLACEHOLDER");
  }

  /** True when the (normalized) domain is a free-mail provider's and so identifies no company. */
  public boolean isFreeMail(String domain) {
    throw new UnsupportedOperationException("PLACEHOLDER");
  }
}
