package dev.refsync.core.model;

import java.util.Objects;
import java.util.Set;

/**
 * A stakeholder at an account (DESIGN 3). The person referred is rarely the one who signs, so every
 * contact of an account makes referrals to it match.
 *
 * @param id canonical id
 * @param accountId the company this person belongs to
 * @param email may be null
 * @param name display name; may be null
 * @param roles e.g. {@code CHAMPION}, {@code ECONOMIC_BUYER}, from opportunity contact roles or
 *     association labels
 */
public record Contact(String id, String accountId, String email, String name, Set<String> roles) {
  public Contact {
    Objects.requireNonNull(id, "id");
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }
}
