package dev.refsync.core.model;

import java.util.Objects;

/**
 * What a billing system knows of which account one of its customers belongs to (issue #6, DESIGN
 * 3). Payments and churns arrive keyed by the billing customer id; the engine run resolves that id
 * to a CRM account through this link, so a link that becomes resolvable later (the CRM account is
 * synced after the customer) re-attributes earlier payments without re-reading them.
 *
 * @param id the billing system's customer id, e.g. {@code cus_123}; payments and churns carry it as
 *     their account id
 * @param accountId the CRM account id the customer's metadata names; null when it names none
 * @param domain the customer's normalized e-mail domain, never a free-mail domain; null when there
 *     is none
 * @param email the customer's e-mail as given, for the unmatched report; may be null
 */
public record AccountLink(String id, String accountId, String domain, String email) {
  public AccountLink {
    Objects.requireNonNull(id, "id");
  }
}
