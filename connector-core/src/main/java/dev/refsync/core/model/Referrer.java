package dev.refsync.core.model;

import java.util.Objects;

/**
 * Someone who refers business: a customer, a partner or an employee (DESIGN 3).
 *
 * @param id canonical id
 * @param type selects the commission plan, together with {@code tier}
 * @param name display name shown to reps
 * @param email may be null; its domain takes part in the self-referral rule
 * @param tier free text such as {@code SILVER} or {@code GOLD}; may be null
 * @param accountId the referrer's own company, when known; may be null
 */
public record Referrer(
    String id, ReferrerType type, String name, String email, String tier, String accountId) {
  public Referrer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
  }
}
