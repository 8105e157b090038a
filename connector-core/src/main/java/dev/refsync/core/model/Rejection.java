package dev.refsync.core.model;

import java.util.Objects;

/**
 * A candidate referral that was not credited on a deal. Rejection is per deal: the same referral
 * may be credited on another.
 *
 * @param dealId the deal
 * @param referralId the rejected referral
 * @param reason the rule that rejected it
 * @param detail one readable sentence with the figures that decided it
 */
public record Rejection(String dealId, String referralId, RejectionReason reason, String detail) {
  public Rejection {
    Objects.requireNonNull(dealId, "dealId");
    Objects.requireNonNull(referralId, "referralId");
    Objects.requireNonNull(reason, "reason");
  }
}
